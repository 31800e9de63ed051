package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func heapOrder(stable bool) []int {
	h := timerHeap{stable: stable}
	keys := []float64{5, 3, 3, 1, 3, 5, 1, 1, 3, 2, 2, 5, 1}
	ids := map[*TimerHandle]int{}
	var out []int
	for i, k := range keys {
		th := &TimerHandle{when: k, seq: uint64(i)}
		ids[th] = i
		h.push(th)
		if i%4 == 3 {
			out = append(out, ids[h.pop()])
		}
	}
	for h.len() > 0 {
		out = append(out, ids[h.pop()])
	}
	return out
}

// The real-clock heap must scramble ties exactly like heapq. `python3
// heapt.py` prints [3, 6, 7, 12, 9, 10, 2, 8, 1, 4, 0, 11, 5]:
//
//	import heapq
//	class H:
//	    def __init__(s, when, i): s.when, s.i = when, i
//	    def __lt__(s, o): return s.when < o.when
//	    def __eq__(s, o): return s.when == o.when
//	h = []
//	keys = [5, 3, 3, 1, 3, 5, 1, 1, 3, 2, 2, 5, 1]
//	out = []
//	for i, k in enumerate(keys):
//	    heapq.heappush(h, H(k, i))
//	    if i % 4 == 3:
//	        out.append(heapq.heappop(h).i)
//	while h:
//	    out.append(heapq.heappop(h).i)
//	print(out)
func TestTimerHeapMirrorsHeapq(t *testing.T) {
	assert.Equal(t, []int{3, 6, 7, 12, 9, 10, 2, 8, 1, 4, 0, 11, 5}, heapOrder(false))
}

// The virtual-clock heap keys by (when, sequence): ties are FIFO.
func TestTimerHeapStableUnderVirtualClock(t *testing.T) {
	assert.Equal(t, []int{3, 6, 7, 12, 9, 10, 1, 2, 4, 8, 0, 5, 11}, heapOrder(true))
}

func TestTimerHeapHeapify(t *testing.T) {
	h := timerHeap{}
	for _, k := range []float64{9, 4, 7, 1, 8, 2} {
		h.items = append(h.items, &TimerHandle{when: k})
	}
	h.heapify()
	var got []float64
	for h.len() > 0 {
		got = append(got, h.pop().when)
	}
	assert.Equal(t, []float64{1, 2, 4, 7, 8, 9}, got)
}
