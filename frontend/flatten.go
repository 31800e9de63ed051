package frontend

/*
#include <stdint.h>
#include <stdlib.h>
#include <stdbool.h>

// Declarations from tree-sitter's api.h (the version go.mod pins); the
// definitions are linked in from github.com/smacker/go-tree-sitter.
typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSTree TSTree;
typedef struct TSLanguage TSLanguage;
typedef struct TSNode { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct TSTreeCursor { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

TSTreeCursor ts_tree_cursor_new(TSNode);
void ts_tree_cursor_delete(TSTreeCursor *);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *);
bool ts_tree_cursor_goto_parent(TSTreeCursor *);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *);
TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *);
TSSymbol ts_node_symbol(TSNode);
uint32_t ts_node_start_byte(TSNode);
uint32_t ts_node_end_byte(TSNode);
bool ts_node_is_named(TSNode);
bool ts_node_is_missing(TSNode);
bool ts_node_has_error(TSNode);
const TSLanguage *ts_tree_language(const TSTree *);
const char *ts_language_symbol_name(const TSLanguage *, TSSymbol);
const char *ts_language_field_name_for_id(const TSLanguage *, TSFieldId);

typedef struct {
	uint32_t start, end;
	int32_t parent;
	uint16_t symbol, field;
	uint8_t named, missing, has_error;
} flat_node;

// flatten walks the tree once, in pre-order, into a malloc'ed array.
static flat_node *flatten(TSNode *root, int *count) {
	int cap = 1024, n = 0;
	flat_node *out = malloc(cap * sizeof(flat_node));
	if (!out) { *count = -1; return NULL; }
	TSTreeCursor c = ts_tree_cursor_new(*root);
	int parent = -1, depth_stack_cap = 64, depth = 0;
	int *stack = malloc(depth_stack_cap * sizeof(int));
	if (!stack) { free(out); ts_tree_cursor_delete(&c); *count = -1; return NULL; }
	for (;;) {
		if (n == cap) {
			cap *= 2;
			flat_node *grown = realloc(out, cap * sizeof(flat_node));
			if (!grown) { free(out); free(stack); ts_tree_cursor_delete(&c); *count = -1; return NULL; }
			out = grown;
		}
		TSNode node = ts_tree_cursor_current_node(&c);
		flat_node *f = &out[n];
		f->start = ts_node_start_byte(node);
		f->end = ts_node_end_byte(node);
		f->parent = parent;
		f->symbol = ts_node_symbol(node);
		f->field = n == 0 ? 0 : ts_tree_cursor_current_field_id(&c);
		f->named = ts_node_is_named(node);
		f->missing = ts_node_is_missing(node);
		f->has_error = ts_node_has_error(node);
		int self = n++;
		if (ts_tree_cursor_goto_first_child(&c)) {
			if (depth == depth_stack_cap) {
				depth_stack_cap *= 2;
				int *grown = realloc(stack, depth_stack_cap * sizeof(int));
				if (!grown) { free(out); free(stack); ts_tree_cursor_delete(&c); *count = -1; return NULL; }
				stack = grown;
			}
			stack[depth++] = parent;
			parent = self;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&c)) {
				free(stack);
				ts_tree_cursor_delete(&c);
				*count = n;
				return out;
			}
			parent = stack[--depth];
		}
	}
}

static const char *symbol_name(TSNode *root, TSSymbol s) {
	return ts_language_symbol_name(ts_tree_language(root->tree), s);
}

static const char *field_name(TSNode *root, TSFieldId f) {
	return ts_language_field_name_for_id(ts_tree_language(root->tree), f);
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// flattenTree copies the tree below root into Go nodes with one cgo call
// for the walk (plus one per distinct node type and field name). Going
// through go-tree-sitter's Node API costs several cgo calls and a cache
// insertion per node, which dominated the time to lower large files.
//
// It reads the TSNode out of *sitter.Node, whose first field it is in the
// go-tree-sitter version go.mod pins.
func flattenTree(root *sitter.Node, lineOf func(off uint32) uint32) *node {
	rootCopy := *(*C.TSNode)(unsafe.Pointer(root))
	tsRoot := &rootCopy
	var count C.int
	flat := C.flatten(tsRoot, &count)
	if count <= 0 || flat == nil {
		panic("tree-sitter: flattening the syntax tree failed (out of memory)")
	}
	defer C.free(unsafe.Pointer(flat))
	raw := unsafe.Slice(flat, int(count))
	types := map[C.uint16_t]string{}
	fieldNames := map[C.uint16_t]string{0: ""}
	nodes := make([]node, len(raw))
	for i := range raw {
		f := &raw[i]
		typ, ok := types[f.symbol]
		if !ok {
			typ = C.GoString(C.symbol_name(tsRoot, C.TSSymbol(f.symbol)))
			types[f.symbol] = typ
		}
		field, ok := fieldNames[f.field]
		if !ok {
			field = C.GoString(C.field_name(tsRoot, C.TSFieldId(f.field)))
			fieldNames[f.field] = field
		}
		n := &nodes[i]
		*n = node{typ: typ, named: f.named != 0, missing: f.missing != 0, hasErr: f.has_error != 0,
			start: uint32(f.start), end: uint32(f.end), field: field}
		n.row = lineOf(n.start)
		if f.parent >= 0 {
			p := &nodes[f.parent]
			n.parent = p
			n.index = len(p.kids)
			p.kids = append(p.kids, n)
		}
	}
	return &nodes[0]
}
