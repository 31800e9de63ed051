package rt

// timerHeap mirrors CPython's heapq on the loop's _scheduled list. Under the
// real clock it compares `when` only, so equal deadlines come out in heapq's
// deterministic-but-unstable order (tricky test 10); under the virtual clock
// the key is (when, seq) so ties are FIFO, as the clock contract requires.
type timerHeap struct {
	items  []*TimerHandle
	stable bool
}

func (h *timerHeap) less(a, b *TimerHandle) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return h.stable && a.seq < b.seq
}

func (h *timerHeap) len() int { return len(h.items) }

func (h *timerHeap) push(t *TimerHandle) {
	h.items = append(h.items, t)
	h.siftdown(0, len(h.items)-1)
}

func (h *timerHeap) pop() *TimerHandle {
	n := len(h.items)
	last := h.items[n-1]
	h.items[n-1] = nil
	h.items = h.items[:n-1]
	if len(h.items) == 0 {
		return last
	}
	ret := h.items[0]
	h.items[0] = last
	h.siftup(0)
	return ret
}

// siftdown is heapq._siftdown: move the item at pos up towards startpos
// while it is strictly smaller than its parent.
func (h *timerHeap) siftdown(startpos, pos int) {
	newitem := h.items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h.items[parentpos]
		if h.less(newitem, parent) {
			h.items[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	h.items[pos] = newitem
}

// siftup is heapq._siftup: bubble the smaller child up until hitting a leaf
// (preferring the right child unless the left is strictly smaller), then
// siftdown the displaced item.
func (h *timerHeap) siftup(pos int) {
	endpos := len(h.items)
	startpos := pos
	newitem := h.items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !h.less(h.items[childpos], h.items[rightpos]) {
			childpos = rightpos
		}
		h.items[pos] = h.items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	h.items[pos] = newitem
	h.siftdown(startpos, pos)
}

func (h *timerHeap) heapify() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.siftup(i)
	}
}
