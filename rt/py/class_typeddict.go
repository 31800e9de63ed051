package py

// typing.TypedDict in a class statement (class Movie(TypedDict): ...):
// the class derives from dict (its MRO is Movie, dict, object, as
// _TypedDictMeta builds it), calling it makes a plain dict, and it refuses
// isinstance and issubclass. Annotations are not evaluated, so the class
// knows its keys by name only: __required_keys__ and __optional_keys__
// (every key is required: class keywords such as total=False are rejected
// at translation time).

// TypedDictType is typing.TypedDict as a base class.
var TypedDictType = &Class{Name: "TypedDict", Module: "typing", Base: ObjectType}

// makeTypedDict finishes MakeClass for a class whose bases are TypedDict
// or TypedDict classes.
func makeTypedDict(name, qualName string, bases Tuple, ns *Dict) *Class {
	var keys []any
	seen := map[string]bool{}
	for _, b := range bases {
		bc, ok := b.(*Class)
		if !ok || (bc != TypedDictType && !bc.typedDict) {
			panic(New(TypeError, "cannot inherit from both a TypedDict type and a non-TypedDict base class"))
		}
		for _, a := range bc.annotations {
			if !seen[a.name] {
				seen[a.name] = true
				keys = append(keys, a.name)
			}
		}
	}
	c := MakeClass(name, qualName, Tuple{DictType}, ns)
	c.typedDict = true
	own := c.annotations
	for _, a := range own {
		if !seen[a.name] {
			seen[a.name] = true
			keys = append(keys, a.name)
		}
	}
	// A subclass sees its bases' keys as its own annotations too.
	c.annotations = nil
	for _, k := range keys {
		c.annotations = append(c.annotations, annotation{name: k.(string)})
	}
	ns.Set("__total__", true)
	ns.Set("__required_keys__", NewFrozenSet(keys...))
	ns.Set("__optional_keys__", NewFrozenSet())
	c.buildTable()
	return c
}

// typedDictCheck is what isinstance and issubclass raise for a TypedDict.
func typedDictCheck() {
	panic(New(TypeError, "TypedDict does not support instance and class checks"))
}
