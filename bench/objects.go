package main

import (
	"fmt"

	"github.com/pyasync2go/pyasync2go/rt"
)

// objects: the rt half of bench/workloads/objects.py in the typed form
// DESIGN.md ("User classes", toward Go structs) describes and codegen does
// not emit yet: each class a Go struct with fixed fields, methods direct
// Go calls, ints unboxed. The generated column runs the dynamic form
// (*py.Instance, py.GetAttr/SetAttr/CallMethod). The `async with` bodies
// here cannot raise (typed arithmetic), so they need no handler region.

var (
	moveInfo = coroInfo("Teller.move", 8)
	runInfo  = coroInfo("Teller.run", 9)
)

type account struct {
	ident, balance, moves int
	lock                  *rt.Lock
}

func (a *account) withdraw(amount int) bool {
	if amount > a.balance {
		return false
	}
	a.balance -= amount
	a.moves++
	return true
}

func (a *account) deposit(amount int) {
	a.balance += amount
	a.moves++
}

type transfer struct{ src, dst, amount int }

type teller struct {
	accounts     []*account
	offset, done int
	last         *transfer
}

func (t *teller) move(src, dst *account, amount int) *rt.Coro {
	ok := false
	return rt.NewStepCoro(moveInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		case 2:
			goto resume2
		case 3:
			goto resume3
		case 4:
			goto resume4
		case 5:
			goto resume5
		}
		co.StartAEnter(src.lock)
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		ok = src.withdraw(amount)
		co.StartAExit(src.lock, nil)
	resume2:
		if co.Suspend() {
			co.PC = 2
			return rt.Suspended
		}
		co.AwaitResult()
		if !ok {
			goto sleep
		}
		co.StartAEnter(dst.lock)
	resume3:
		if co.Suspend() {
			co.PC = 3
			return rt.Suspended
		}
		co.AwaitResult()
		dst.deposit(amount)
		co.StartAExit(dst.lock, nil)
	resume4:
		if co.Suspend() {
			co.PC = 4
			return rt.Suspended
		}
		co.AwaitResult()
		t.last = &transfer{src.ident, dst.ident, amount}
		t.done++
	sleep:
		co.StartSleep(0, nil)
	resume5:
		if co.Suspend() {
			co.PC = 5
			return rt.Suspended
		}
		co.AwaitResult()
		return nil
	})
}

func (t *teller) run(rounds int) *rt.Coro {
	r := 0
	return rt.NewStepCoro(runInfo, func(co *rt.Coro) any {
		switch co.PC {
		case 1:
			goto resume1
		}
	loop:
		if r >= rounds {
			return nil
		}
		co.StartAwait(t.step(r))
	resume1:
		if co.Suspend() {
			co.PC = 1
			return rt.Suspended
		}
		co.AwaitResult()
		r++
		goto loop
	})
}

// step is one round's `await self.move(...)` of Teller.run.
func (t *teller) step(r int) *rt.Coro {
	n := len(t.accounts)
	i := (t.offset*7 + r*13) % n
	return t.move(t.accounts[i], t.accounts[(i+1)%n], 1+r%5)
}

// objects: 2000 accounts with a Lock each, 2000 tellers making 50 moves.
func objects() {
	const n, rounds = 2000, 50
	accounts := make([]*account, n)
	for i := range accounts {
		accounts[i] = &account{ident: i, balance: 100, lock: rt.NewLock()}
	}
	runGatherMain(func() []any {
		runs := make([]any, n)
		for k := range runs {
			runs[k] = (&teller{accounts: accounts, offset: k}).run(rounds)
		}
		return runs
	})
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	if total != n*100 {
		panic(fmt.Sprintf("objects workload lost money: %d", total))
	}
}
