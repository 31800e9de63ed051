package frontend

// node is a Go copy of one tree-sitter node (see flattenTree). Its methods
// mirror go-tree-sitter's Node API.
type node struct {
	typ     string
	named   bool
	missing bool
	hasErr  bool
	start   uint32
	end     uint32
	row     uint32
	field   string
	kids    []*node
	parent  *node
	index   int // position among the parent's children
}

type point struct{ Row uint32 }

// The accessors accept a nil node (a child a broken tree lacks) and answer
// as for an empty, unnamed node.
func (n *node) Type() string {
	if n == nil {
		return ""
	}
	return n.typ
}
func (n *node) IsNamed() bool   { return n != nil && n.named }
func (n *node) IsMissing() bool { return n != nil && n.missing }
func (n *node) HasError() bool  { return n != nil && n.hasErr }
func (n *node) StartByte() uint32 {
	if n == nil {
		return 0
	}
	return n.start
}
func (n *node) EndByte() uint32 {
	if n == nil {
		return 0
	}
	return n.end
}
func (n *node) StartPoint() point {
	if n == nil {
		return point{}
	}
	return point{n.row}
}
func (n *node) Parent() *node {
	if n == nil {
		return nil
	}
	return n.parent
}
func (n *node) ChildCount() uint32 {
	if n == nil {
		return 0
	}
	return uint32(len(n.kids))
}
func (n *node) Child(i int) *node              { return n.kids[i] }
func (n *node) FieldNameForChild(i int) string { return n.kids[i].field }

// ChildByFieldName returns the first child with the given field, or nil.
func (n *node) ChildByFieldName(name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.field == name {
			return k
		}
	}
	return nil
}

func (n *node) NextSibling() *node {
	if n == nil || n.parent == nil || n.index+1 >= len(n.parent.kids) {
		return nil
	}
	return n.parent.kids[n.index+1]
}

func (n *node) PrevSibling() *node {
	if n == nil || n.parent == nil || n.index == 0 {
		return nil
	}
	return n.parent.kids[n.index-1]
}
