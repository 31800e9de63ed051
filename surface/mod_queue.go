package surface

func registerQueue() {
	addModule(&Module{Name: "queue", Coverage: "the thread-safe `Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue` (put/get with block and real-time timeout, task_done/join), `Empty`, `Full`"}, []*Entry{
		{Name: "Queue", Go: "rt.QueueQueue", Params: []Param{opt("maxsize", 0)}},
		{Name: "LifoQueue", Go: "rt.QueueLifoQueue", Params: []Param{opt("maxsize", 0)}},
		{Name: "PriorityQueue", Go: "rt.QueuePriorityQueue", Params: []Param{opt("maxsize", 0)}},
		{Name: "SimpleQueue", Go: "rt.QueueSimpleQueue"},
		{Name: "Empty", Kind: Class, Go: "py.QueueEmptyError"},
		{Name: "Full", Kind: Class, Go: "py.QueueFullError"},
	})
}
