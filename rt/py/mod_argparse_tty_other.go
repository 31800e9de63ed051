//go:build !linux && !darwin

package py

// ttyColumns: no terminal query here; argparse falls back to 80 columns.
func ttyColumns() int { return 0 }
