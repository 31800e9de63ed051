package catalog

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
)

// The tests share one imported module, as every caller in a process does:
// each works on items of its own, fresh ones on every run (-count).
var runs atomic.Int64

func fresh(name string) string { return fmt.Sprintf("%s%d", name, runs.Add(1)) }

func TestConcurrentReservations(t *testing.T) {
	ctx := context.Background()
	fig := fresh("fig")
	_, err := Restock(ctx, fig, 5)
	require.NoError(t, err)

	// Eight goroutines race for five figs: the module's asyncio.Lock
	// serialises the tasks, so exactly five succeed, each seeing a
	// different count left, and three get OutOfStock.
	const callers = 8
	var (
		mu     sync.Mutex
		left   []int
		failed []string
		wg     sync.WaitGroup
	)
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := Reserve(ctx, fig)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				var pe *Error
				if assert.ErrorAs(t, err, &pe) {
					failed = append(failed, pe.Error())
				}
				return
			}
			left = append(left, n)
		}()
	}
	wg.Wait()
	slices.Sort(left)
	assert.Equal(t, []int{0, 1, 2, 3, 4}, left)
	want := "OutOfStock: " + fig + ": want 1, have 0"
	assert.Equal(t, []string{want, want, want}, failed)
	n, err := Stock(ctx, fig)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
}

func TestConcurrentMixedCalls(t *testing.T) {
	ctx := context.Background()
	lime := fresh("lime")
	_, err := Restock(ctx, lime, 100)
	require.NoError(t, err)
	// Async and sync functions from many goroutines at once: every call
	// runs on the one loop, so the module's globals see no data race
	// (go test -race) and no update is lost.
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				_, err := Reserve(ctx, lime, ReserveQty(2))
				assert.NoError(t, err)
				return
			}
			_, err := Stock(ctx, lime)
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	n, err := Stock(ctx, lime)
	require.NoError(t, err)
	assert.Equal(t, 80, n)
}

func TestResultsConvert(t *testing.T) {
	ctx := context.Background()
	kiwi := fresh("kiwi")
	_, err := Restock(ctx, kiwi, 3)
	require.NoError(t, err)

	report, err := ReserveMany(ctx, map[string]int{kiwi: 1, "plum": 1})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{
		kiwi:   "ok, 2 left",
		"plum": "OutOfStock: plum: want 1, have 0",
	}, report)

	quince := fresh("quince")
	stock, err := Restock(ctx, quince, 1)
	require.NoError(t, err)
	assert.Contains(t, stock, quince+"=1")
	assert.True(t, slices.IsSorted(stock), "restock returns sorted entries: %v", stock)

	total, text, err := Price(ctx, "pear", 4, PriceDiscount(0.25))
	require.NoError(t, err)
	assert.Equal(t, 2.25, total)
	assert.Equal(t, "4 x pear at 0.75", text)
	total, _, err = Price(ctx, "plum", 2)
	require.NoError(t, err)
	assert.Equal(t, 2.5, total)
}

func TestPythonExceptionIsAnError(t *testing.T) {
	ctx := context.Background()
	_, err := Reserve(ctx, "durian")
	var pe *Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "KeyError", pe.Type)
	assert.Equal(t, "'durian'", pe.Message)
	assert.Equal(t, "KeyError: 'durian'", err.Error())
	assert.True(t, strings.HasPrefix(pe.Traceback, "Traceback (most recent call last):\n"), pe.Traceback)
	assert.Contains(t, pe.Traceback, "File \"catalog.py\", line 25, in reserve\n    have = _stock[item]\n")
	assert.True(t, strings.HasSuffix(pe.Traceback, "\nKeyError: 'durian'\n"), pe.Traceback)

	// A sync function's exception, and a user exception class.
	_, _, err = Price(ctx, "durian", 1)
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "KeyError", pe.Type)
	assert.Contains(t, pe.Traceback, "in price\n")
	_, err = Reserve(ctx, "plum", ReserveQty(3))
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "OutOfStock", pe.Type)
	assert.Equal(t, "plum: want 3, have 0", pe.Message)
}

// waitRunning polls until slow_report(label) has started.
func waitRunning(t *testing.T, label string) {
	t.Helper()
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(time.Millisecond) {
		running, err := Running(context.Background())
		require.NoError(t, err)
		if slices.Contains(running, label) {
			return
		}
	}
	t.Fatalf("slow_report(%q) never started", label)
}

func TestCancellingTheContextCancelsTheTask(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type result struct {
		s   string
		err error
	}
	done := make(chan result)
	go func() {
		s, err := SlowReport(ctx, "nightly", 60)
		done <- result{s, err}
	}()
	waitRunning(t, "nightly")
	cancel()
	select {
	case r := <-done:
		assert.ErrorIs(t, r.err, context.Canceled)
		assert.Equal(t, "", r.s)
	case <-time.After(10 * time.Second):
		t.Fatal("the cancelled call did not return")
	}
	// The task saw CancelledError (its except clause ran) and has
	// finished by the time the call returns.
	cancelled, err := Cancelled(context.Background())
	require.NoError(t, err)
	assert.Contains(t, cancelled, "nightly")
	running, err := Running(context.Background())
	require.NoError(t, err)
	assert.NotContains(t, running, "nightly")
}

func TestDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := SlowReport(ctx, "weekly", 60)
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	// A context that is already done never starts the call.
	_, err = Stock(ctx, "apple")
	assert.ErrorIs(t, err, context.DeadlineExceeded)

	// A report that finishes in time returns its result.
	s, err := SlowReport(context.Background(), "hourly", 0.001)
	require.NoError(t, err)
	assert.Regexp(t, `^hourly: \d+ operations$`, s)
}

func TestGeneratedCodeIsUpToDate(t *testing.T) {
	src, err := os.ReadFile("catalog.py")
	require.NoError(t, err)
	goSrc, diags := driver.Translate("catalog.py", src, codegen.Options{Package: "catalog", API: true})
	require.False(t, diags.HasErrors(), "%v", diags)
	committed, err := os.ReadFile("catalog_gen.go")
	require.NoError(t, err)
	if !bytes.Equal(goSrc, committed) {
		diff := cmp.Diff(strings.Split(string(committed), "\n"), strings.Split(string(goSrc), "\n"))
		t.Fatalf("catalog_gen.go is stale: run go generate ./examples/...\n(-committed +regenerated):\n%s", diff)
	}
}

func TestClassHandles(t *testing.T) {
	ctx := context.Background()
	// price() knows apple, pear and plum only.
	_, err := Restock(ctx, "pear", 4)
	require.NoError(t, err)

	// Carts filled from goroutines of their own: methods of different
	// instances (and of the same one) are tasks on the one loop.
	carts := make([]*Cart, 3)
	var wg sync.WaitGroup
	for i := range carts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cart, err := NewCart(ctx, fmt.Sprintf("customer%d", i), NewCartBudget(5))
			if !assert.NoError(t, err) {
				return
			}
			carts[i] = cart
			for range i + 1 {
				_, err := cart.Add(ctx, "apple", CartAddQty(0))
				assert.NoError(t, err)
			}
		}()
	}
	wg.Wait()
	require.NotContains(t, carts, (*Cart)(nil))

	total, err := carts[2].Add(ctx, "pear", CartAddQty(4))
	require.NoError(t, err)
	assert.Equal(t, 3.0, total)
	items, err := carts[2].Items(ctx)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"apple": 0, "pear": 4}, items)

	// An exception from a method.
	_, err = carts[2].Add(ctx, "plum", CartAddQty(2))
	var pe *Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "OutOfStock: customer2 cannot afford 2 x plum", pe.Error())

	// Instances go back into Python and come out again.
	biggest, err := Largest(ctx, carts)
	require.NoError(t, err)
	total, err = biggest.Total(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3.0, total)
	_, err = Largest(ctx, []*Cart{carts[0], nil})
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "AttributeError: 'NoneType' object has no attribute 'total'", pe.Error())
	var nilCart *Cart
	_, err = nilCart.Total(ctx)
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "AttributeError: 'NoneType' object has no attribute 'total'", pe.Error())
}
