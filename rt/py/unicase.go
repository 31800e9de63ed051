package py

import (
	"sort"
	"strings"
)

// CPython's case operations (Objects/unicodeobject.c do_upper, do_lower, do_title,
// do_capitalize, do_swapcase, do_casefold and the is* predicates) over the tables in
// pytables.go, which come from CPython itself: full mappings ('ß'.upper() == 'SS'), the final
// sigma rule, and CPython's Unicode version rather than Go's.

// caseRun maps every stride-th rune of lo..hi to itself plus delta.
type caseRun struct {
	lo, hi rune
	stride int32
	delta  int32
}

// caseMulti is a mapping to more than one rune.
type caseMulti struct {
	r rune
	s string
}

type runeRange struct{ lo, hi rune }

func inRanges(tbl []runeRange, r rune) bool {
	i := sort.Search(len(tbl), func(i int) bool { return tbl[i].hi >= r })
	return i < len(tbl) && tbl[i].lo <= r
}

// writeMapped writes the full mapping of r through one table pair.
func writeMapped(b *strings.Builder, runs []caseRun, multi []caseMulti, r rune) {
	if i := sort.Search(len(multi), func(i int) bool { return multi[i].r >= r }); i < len(multi) && multi[i].r == r {
		b.WriteString(multi[i].s)
		return
	}
	i := sort.Search(len(runs), func(i int) bool { return runs[i].hi >= r })
	if i < len(runs) && runs[i].lo <= r && (r-runs[i].lo)%runs[i].stride == 0 {
		r += runs[i].delta
	}
	b.WriteRune(r)
}

func isCased(r rune) bool         { return inRanges(casedRanges, r) }
func isCaseIgnorable(r rune) bool { return inRanges(caseIgnorableRanges, r) }
func isUppercase(r rune) bool     { return inRanges(uppercaseRanges, r) }
func isLowercase(r rune) bool     { return inRanges(lowercaseRanges, r) }
func isTitlecase(r rune) bool     { return inRanges(titlecaseRanges, r) }

// writeLower is CPython's lower_ucs4: the full lower mapping, except that a capital sigma
// becomes final sigma at the end of a cased word (handle_capital_sigma).
func writeLower(b *strings.Builder, rs []rune, i int) {
	if rs[i] != 'Σ' {
		writeMapped(b, lowerRuns, lowerMulti, rs[i])
		return
	}
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && isCased(rs[j])
	if final {
		j = i + 1
		for j < len(rs) && isCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !isCased(rs[j])
	}
	if final {
		b.WriteRune('ς')
	} else {
		b.WriteRune('σ')
	}
}

func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, upperRuns, upperMulti, r)
	}
	return b.String()
}

func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i := range rs {
		writeLower(&b, rs, i)
	}
	return b.String()
}

func pyCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range s {
		writeMapped(&b, foldRuns, foldMulti, r)
	}
	return b.String()
}

func pySwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isUppercase(r):
			writeLower(&b, rs, i)
		case isLowercase(r):
			writeMapped(&b, upperRuns, upperMulti, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func pyTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			writeLower(&b, rs, i)
		} else {
			writeMapped(&b, titleRuns, titleMulti, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func pyCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			writeMapped(&b, titleRuns, titleMulti, r)
		} else {
			writeLower(&b, rs, i)
		}
	}
	return b.String()
}

// pyIsUpper is str.isupper (pyIsLower with lower=true is str.islower).
func pyIsUpperLower(s string, lower bool) bool {
	cased := false
	for _, r := range s {
		other, same := isLowercase(r), isUppercase(r)
		if lower {
			other, same = same, other
		}
		if other || isTitlecase(r) {
			return false
		}
		if same {
			cased = true
		}
	}
	return cased
}

func pyIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUppercase(r) || isTitlecase(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowercase(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}
