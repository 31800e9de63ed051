package py

import "math"

// Set is set/frozenset. Membership lives in an insertion-ordered Dict; a
// replica of CPython's open-addressing table (same hashes, probing, resize
// and dummy rules) gives the iteration order CPython has for ints, floats
// and tuples of them. Sets holding anything whose hash varies per process
// (str, None, objects) iterate in insertion order instead.
type Set struct {
	Frozen   bool
	members  *Dict
	table    setTable
	unstable int // members without a stable hash
}

const (
	setMinSize     = 8
	linearProbes   = 9
	perturbShift   = 5
	slotEmpty      = 0
	slotActive     = 1
	slotDummy      = 2
	dummyHashValue = -1
)

type setSlot struct {
	key   any
	hash  int
	state uint8
}

type setTable struct {
	slots       []setSlot
	fill, used  int
	finger      int
	mask        int
	initialized bool
}

func (t *setTable) init() {
	if !t.initialized {
		t.slots = make([]setSlot, setMinSize)
		t.mask = setMinSize - 1
		t.initialized = true
	}
}

func (t *setTable) add(key any, hash int) {
	t.init()
	mask := uint64(t.mask)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			s := &t.slots[j]
			switch {
			case s.state == slotEmpty:
				if free >= 0 {
					t.used++
					t.slots[free] = setSlot{key: key, hash: hash, state: slotActive}
					return
				}
				t.fill++
				t.used++
				*s = setSlot{key: key, hash: hash, state: slotActive}
				if t.fill*5 < t.mask*3 {
					return
				}
				if t.used > 50000 {
					t.resize(t.used * 2)
				} else {
					t.resize(t.used * 4)
				}
				return
			case s.state == slotActive && s.hash == hash && keyEq(s.key, key):
				return
			case s.state == slotDummy:
				// CPython 3.11 keeps the last dummy it passed, not the
				// first: set_add_entry assigns freeslot at every dummy.
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) find(key any, hash int) int {
	if !t.initialized {
		return -1
	}
	mask := uint64(t.mask)
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			s := &t.slots[j]
			if s.state == slotEmpty {
				return -1
			}
			if s.state == slotActive && s.hash == hash && keyEq(s.key, key) {
				return int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) discard(key any, hash int) {
	if j := t.find(key, hash); j >= 0 {
		t.slots[j] = setSlot{hash: dummyHashValue, state: slotDummy}
		t.used--
	}
}

func (t *setTable) insertClean(slots []setSlot, mask uint64, key any, hash int) {
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		if slots[i].state == slotEmpty {
			slots[i] = setSlot{key: key, hash: hash, state: slotActive}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if slots[i+j].state == slotEmpty {
					slots[i+j] = setSlot{key: key, hash: hash, state: slotActive}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) resize(minUsed int) {
	t.init()
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]setSlot, size)
	t.mask = size - 1
	t.fill = t.used
	for _, s := range old {
		if s.state == slotActive {
			t.insertClean(t.slots, uint64(t.mask), s.key, s.hash)
		}
	}
}

// merge is set_merge: bulk insertion of another set's table.
func (t *setTable) merge(o *setTable) {
	t.init()
	if o.used == 0 {
		return
	}
	if (t.fill+o.used)*5 >= t.mask*3 {
		t.resize((t.used + o.used) * 2)
	}
	if t.fill == 0 && t.mask == o.mask && o.fill == o.used {
		copy(t.slots, o.slots)
		t.fill, t.used = o.fill, o.used
		return
	}
	if t.fill == 0 {
		t.fill, t.used = o.used, o.used
		for _, s := range o.slots {
			if s.state == slotActive {
				t.insertClean(t.slots, uint64(t.mask), s.key, s.hash)
			}
		}
		return
	}
	for _, s := range o.slots {
		if s.state == slotActive {
			t.add(s.key, s.hash)
		}
	}
}

func (t *setTable) pop() (any, int) {
	t.init()
	i := t.finger & t.mask
	for t.slots[i].state != slotActive {
		i++
		if i > t.mask {
			i = 0
		}
	}
	s := t.slots[i]
	t.slots[i] = setSlot{hash: dummyHashValue, state: slotDummy}
	t.used--
	t.finger = i + 1
	return s.key, s.hash
}

// NewSet is a set display {a, b, c}. CPython compiles a display of more
// than two constants to a frozenset constant merged into a new set, which
// orders the table differently from adding the items one by one; values
// that look like constants take that path (see NewSetAdded).
func NewSet(items ...any) *Set {
	if len(items) > 2 && allConstLike(items) {
		// The compiler's constant merging rebuilds the frozenset from the
		// first one's iteration order.
		frozen := NewSetAdded(NewSetAdded(items...).ordered()...)
		s := &Set{members: NewDict()}
		s.mergeSet(frozen)
		return s
	}
	return NewSetAdded(items...)
}

// NewFrozenSetConst is the frozenset constant CPython's compiler makes of a set display of
// constants iterated by a `for` or a comprehension: built from the items, then rebuilt from
// its own iteration order by the constant merging.
func NewFrozenSetConst(items ...any) *Set {
	s := NewSetAdded(NewSetAdded(items...).ordered()...)
	s.Frozen = true
	return s
}

// NewSetAdded is a set display whose items are not all constants
// (BUILD_SET: each item added in order).
func NewSetAdded(items ...any) *Set {
	s := &Set{members: NewDict()}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func allConstLike(items []any) bool {
	for _, it := range items {
		switch v := it.(type) {
		case nil, bool, int, float64, string:
		case Tuple:
			if !allConstLike(v) {
				return false
			}
		default:
			if _, ok := otherInt(it); !ok {
				return false
			}
		}
	}
	return true
}

// NewFrozenSet builds frozenset(items).
func NewFrozenSet(items ...any) *Set {
	s := NewSetAdded(items...)
	s.Frozen = true
	return s
}

// SetFrom is set(iterable).
func SetFrom(x any) *Set {
	s := NewSet()
	s.update(x)
	return s
}

func (s *Set) typeName() string {
	if s.Frozen {
		return "frozenset"
	}
	return "set"
}

func (s *Set) dict() *Dict {
	if s.members == nil {
		s.members = NewDict()
	}
	return s.members
}

// Len is len(s).
func (s *Set) Len() int { return s.dict().Len() }

// Contains is `x in s`.
func (s *Set) Contains(x any) bool { return s.dict().Contains(lookupKey(x)) }

// lookupKey is what set_contains and set_discard look up: a (mutable, unhashable) set is
// looked up as the frozenset with its members.
func lookupKey(x any) any {
	if o, ok := x.(*Set); ok && !o.Frozen {
		f := o.Copy()
		f.Frozen = true
		return f
	}
	return x
}

// Add is s.add(x).
func (s *Set) Add(x any) {
	h := Hash(x)
	d := s.dict()
	if d.Contains(x) {
		return
	}
	d.Set(x, nil)
	if !stableHash(x) {
		s.unstable++
	}
	s.table.add(x, h)
}

// Discard is s.discard(x) and reports whether x was present.
func (s *Set) Discard(x any) bool {
	x = lookupKey(x)
	h := Hash(x)
	d := s.dict()
	i := d.lookup(x, h)
	if i < 0 {
		return false
	}
	stored := d.entries[i].key
	d.Delete(x)
	if !stableHash(stored) {
		s.unstable--
	}
	s.table.discard(x, h)
	return true
}

// Remove is s.remove(x).
func (s *Set) Remove(x any) {
	if !s.Discard(x) {
		panic(New(KeyError, x))
	}
}

// Pop is s.pop().
func (s *Set) Pop() any {
	if s.Len() == 0 {
		panic(New(KeyError, "pop from an empty set"))
	}
	if s.unstable > 0 {
		k := s.dict().Keys()[0]
		s.Discard(k)
		return k
	}
	k, _ := s.table.pop()
	s.dict().Delete(k)
	return k
}

// Clear is s.clear().
func (s *Set) Clear() {
	s.members = NewDict()
	s.table = setTable{}
	s.unstable = 0
}

// ordered lists the members in CPython's iteration order.
func (s *Set) ordered() []any {
	if s.unstable > 0 || !s.table.initialized {
		return s.dict().Keys()
	}
	out := make([]any, 0, s.Len())
	for _, sl := range s.table.slots {
		if sl.state == slotActive {
			out = append(out, sl.key)
		}
	}
	return out
}

// Items is the members in iteration order.
func (s *Set) Items() []any { return s.ordered() }

// Copy is s.copy() (set_merge into an empty set).
func (s *Set) Copy() *Set {
	c := NewSet()
	c.Frozen = s.Frozen
	c.mergeSet(s)
	return c
}

func (s *Set) mergeSet(o *Set) {
	for _, k := range o.dict().Keys() {
		if !s.dict().Contains(k) {
			s.dict().Set(k, nil)
			if !stableHash(k) {
				s.unstable++
			}
		}
	}
	s.table.merge(&o.table)
}

// update is set_update_internal.
func (s *Set) update(x any) {
	switch o := x.(type) {
	case *Set:
		s.mergeSet(o)
	case *Dict:
		if n := o.Len(); n > 0 {
			s.table.init()
			if (s.table.fill+n)*5 >= s.table.mask*3 {
				s.table.resize((s.table.used + n) * 2)
			}
		}
		for _, k := range o.Keys() {
			s.Add(k)
		}
	default:
		for v := range Iter(x) {
			s.Add(v)
		}
	}
}

func (s *Set) newLike() *Set {
	r := NewSet()
	r.Frozen = s.Frozen
	return r
}

// Union is s | o.
func (s *Set) Union(others ...any) *Set {
	r := s.Copy()
	for _, o := range others {
		r.update(o)
	}
	return r
}

// Intersection is s & o, iterating the smaller set like CPython.
func (s *Set) Intersection(other any) *Set {
	if other == any(s) { // set_intersection: s & s is a copy
		return s.Copy()
	}
	r := s.newLike()
	if o, ok := other.(*Set); ok {
		a, b := s, o
		if b.Len() > a.Len() {
			a, b = b, a
		}
		for _, k := range b.ordered() {
			if a.Contains(k) {
				r.Add(k)
			}
		}
		return r
	}
	for k := range Iter(other) {
		if s.containsKey(k) {
			r.Add(k)
		}
	}
	return r
}

// swapBodies is set_swap_bodies, how intersection_update and &= install
// the intersection: s takes r's members and table, but keeps its own pop
// finger (CPython swaps everything but the finger).
func (s *Set) swapBodies(r *Set) {
	finger := s.table.finger
	s.members, s.table, s.unstable = r.members, r.table, r.unstable
	s.table.finger = finger
}

// containsKey is set_contains_key, the lookup of items drawn from a
// non-set iterable (intersection, issuperset, isdisjoint): unlike `in`, it
// hashes the item as it is, so a set among them is unhashable.
func (s *Set) containsKey(k any) bool {
	Hash(k)
	return s.dict().Contains(k)
}

// differenceUpdate is set_difference_update_internal: discard every item
// of other, then drop the dummies if they are more than a quarter of the
// table, as CPython does.
func (s *Set) differenceUpdate(other any) {
	if o, ok := other.(*Set); ok {
		if o == s {
			s.Clear()
			return
		}
		for _, k := range o.ordered() {
			s.Discard(k)
		}
	} else {
		for k := range Iter(other) {
			s.Discard(k)
		}
	}
	t := &s.table
	if t.initialized && t.fill-t.used > t.mask/4 {
		if t.used > 50000 {
			t.resize(t.used * 2)
		} else {
			t.resize(t.used * 4)
		}
	}
}

// Difference is s - o.
func (s *Set) Difference(other any) *Set {
	// set_difference: against a set or a dict of comparable size, a new set of the
	// survivors; otherwise a copy with other's items discarded.
	var size int
	var contains func(any) bool
	switch o := other.(type) {
	case *Set:
		size, contains = o.Len(), o.Contains
	case *Dict:
		size, contains = o.Len(), o.Contains
	}
	if contains == nil || s.Len()>>2 > size {
		r := s.Copy()
		r.differenceUpdate(other)
		return r
	}
	r := s.newLike()
	for _, k := range s.ordered() {
		if !contains(k) {
			r.Add(k)
		}
	}
	return r
}

// SymmetricDifference is s ^ o.
func (s *Set) SymmetricDifference(other any) *Set {
	r := SetFrom(other)
	r.Frozen = s.Frozen
	for _, k := range s.ordered() {
		if !r.Discard(k) {
			r.Add(k)
		}
	}
	return r
}

// IsSubset is s <= o.
func (s *Set) IsSubset(o *Set) bool {
	if s.Len() > o.Len() {
		return false
	}
	for _, k := range s.dict().Keys() {
		if !o.Contains(k) {
			return false
		}
	}
	return true
}

// frozenHash is CPython's frozenset_hash (Objects/setobject.c): it decides where a frozenset
// lands in a set's table, hence the printed order of a set of frozensets. The null and dummy
// entries CPython xors in cancel out, leaving the members' shuffled hashes.
func (s *Set) frozenHash() int {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, k := range s.dict().Keys() {
		h ^= shuffle(uint64(Hash(k)))
	}
	h ^= uint64(s.Len()+1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int(h)
}
