package main

import (
	"errors"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/driver"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
	"github.com/pyasync2go/pyasync2go/rt"
)

// Exit statuses; `run` passes the program's own status through instead.
const (
	exitOK       = 0
	exitFailure  = 1 // go build failed (a codegen bug), I/O trouble, internal errors
	exitRejected = 2 // the input or the command line was rejected
)

// exitError ends the command with a status. msg, when set, is printed as
// "pyasync2go: msg"; diagnostics are printed before returning one with msg "".
type exitError struct {
	status int
	signal syscall.Signal // the program died of it (run)
	msg    string
}

func (e *exitError) Error() string { return e.msg }

// stdinArg in place of FILE.py reads the program from standard input;
// diagnostics, tracebacks and task reprs then name it stdinName, as CPython
// does for `python3 - < prog.py`.
const (
	stdinArg  = "-"
	stdinName = "<stdin>"
)

func rejected(format string, args ...any) error {
	return &exitError{status: exitRejected, msg: fmt.Sprintf(format, args...)}
}

type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// execute runs the command line. sig is the signal that killed the program
// under `run`, which the caller should die of too.
func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int, sig syscall.Signal) {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	root := c.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK, 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(stderr, "pyasync2go: %s\n", ee.msg)
		}
		return ee.status, ee.signal
	}
	// Anything else cobra returns is a command-line mistake (unknown flag,
	// wrong number of arguments): the input was rejected.
	fmt.Fprintf(stderr, "pyasync2go: %v\nRun 'pyasync2go --help' for usage.\n", err)
	return exitRejected, 0
}

func (c *cli) rootCmd() *cobra.Command {
	var out, pkg, runtimeDir string
	var api bool
	root := &cobra.Command{
		Use:   "pyasync2go FILE.py",
		Short: "Translate Python asyncio programs to Go",
		Long: `pyasync2go translates a Python 3.11 asyncio program to a Go program that
prints exactly what CPython prints. Given a file, it writes the Go source to
stdout (or to -o FILE). Generated programs import only the Go standard library
and the pyasync2go runtime, which this binary carries, so run and build work
offline from any directory (a Go toolchain must be on PATH).

FILE.py may be "-" to read the program from standard input (named <stdin>
in diagnostics and tracebacks), for every command. It may also be a Jupyter
notebook (FILE.ipynb): its code cells, joined in order, make the module, and
diagnostics name the cell (notes.ipynb:cell 3:2:5).

Exit status: 0 success, 2 input rejected (missing file, syntax error,
unsupported construct, bad usage), 1 anything else. 'run' exits with the
program's own status.`,
		Example: `  pyasync2go hello.py > hello.go
  pyasync2go --package greeter -o greeter_gen.go greeter.py
  pyasync2go --package fetcher --api -o fetcher_gen.go fetcher.py
  pyasync2go run hello.py -- arg1 arg2
  pyasync2go build hello.py -o hello
  pyasync2go check hello.py
  cat hello.py | pyasync2go run -`,
		Args:          cobra.ExactArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validatePackage(pkg); err != nil {
				return err
			}
			if api && (pkg == "" || pkg == "main") {
				return rejected("--api needs --package NAME: a typed Go API is a library package")
			}
			runtimeImport, vendorDir, err := runtimeImportFor(out, runtimeDir)
			if err != nil {
				return err
			}
			goSrc, err := c.translateTo(cmd, args[0], codegen.Options{Package: pkg, API: api}, runtimeImport)
			if err != nil {
				return err
			}
			if vendorDir != "" {
				if err := driver.VendorRuntime(vendorDir, runtimeImport); err != nil {
					return &exitError{status: exitFailure, msg: err.Error()}
				}
			}
			if out == "" || out == "-" {
				if _, err := c.stdout.Write(goSrc); err != nil {
					return &exitError{status: exitFailure, msg: err.Error()}
				}
				return nil
			}
			if err := os.WriteFile(out, goSrc, 0o644); err != nil {
				return &exitError{status: exitFailure, msg: err.Error()}
			}
			return nil
		},
	}
	root.Flags().StringVarP(&out, "output", "o", "", "write the Go source to `FILE` instead of stdout")
	root.Flags().StringVar(&pkg, "package", "", "emit package `NAME` with an exported Main() int instead of package main (for go:generate)")
	root.Flags().BoolVar(&api, "api", false, "with --package: export the module's annotated functions as typed Go functions instead of Main (functions it cannot type are skipped with a warning)")
	root.Flags().StringVar(&runtimeDir, "runtime-dir", "", "write the runtime's source into `DIR` of your module and import it from there (no go get needed)")
	root.AddCommand(c.runCmd(), c.buildCmd(), c.checkCmd(), c.versionCmd())
	root.CompletionOptions.DisableDefaultCmd = true
	root.SuggestionsMinimumDistance = 2
	return root
}

func validatePackage(pkg string) error {
	if pkg == "" || pkg == "main" {
		return nil
	}
	if !token.IsIdentifier(pkg) || token.IsKeyword(pkg) || pkg == "_" {
		return rejected("--package %q is not a valid Go package name", pkg)
	}
	return nil
}

// translate reads and compiles a file, printing its diagnostics. Errors in
// the input come back as an exitError with status 2 and nothing left to say.
// A path of "-" reads standard input, named <stdin> as CPython names it.
func (c *cli) translate(cmd *cobra.Command, path, pkg string) ([]byte, error) {
	return c.translateTo(cmd, path, codegen.Options{Package: pkg}, driver.ModulePath)
}

// translateTo is translate for code importing the runtime from runtimeImport.
func (c *cli) translateTo(cmd *cobra.Command, path string, opts codegen.Options, runtimeImport string) ([]byte, error) {
	var src []byte
	var err error
	if path == stdinArg {
		path = stdinName
		src, err = io.ReadAll(c.stdin)
	} else {
		src, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, c.unreadable(cmd, path, err)
	}
	render := func(d ir.Diagnostic) string { return frontend.Render(d, src) }
	var notebookDiags ir.Diagnostics
	if frontend.IsNotebook(path) {
		nb, diags := frontend.ReadNotebook(path, src)
		if nb.Source == nil {
			fmt.Fprint(c.stderr, frontend.Render(diags[0], nil))
			return nil, &exitError{status: exitRejected}
		}
		src, notebookDiags, render = nb.Code, diags, nb.Render
	}
	goSrc, diags := driver.TranslateTo(path, src, opts, runtimeImport)
	if len(notebookDiags) > 0 {
		diags = append(notebookDiags, diags...)
		sort.SliceStable(diags, func(i, j int) bool {
			a, b := diags[i].Pos, diags[j].Pos
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		})
		goSrc = nil
	}
	for _, d := range diags {
		text := render(d)
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		fmt.Fprint(c.stderr, text)
	}
	if diags.HasErrors() {
		return nil, &exitError{status: exitRejected}
	}
	if len(goSrc) == 0 {
		return nil, &exitError{status: exitFailure, msg: "internal error: translation produced no Go source and no error"}
	}
	return goSrc, nil
}

// unreadable renders a missing or unreadable input the way diagnostics look,
// and suggests a subcommand when the "file" was probably a mistyped one.
func (c *cli) unreadable(cmd *cobra.Command, path string, err error) error {
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	if errors.Is(err, fs.ErrNotExist) {
		reason = "no such file"
	}
	fmt.Fprintf(c.stderr, "%s: error: %s\n", path, reason)
	if errors.Is(err, fs.ErrNotExist) && !strings.Contains(path, ".") {
		if s := cmd.Root().SuggestionsFor(path); len(s) > 0 {
			fmt.Fprintf(c.stderr, "hint: did you mean 'pyasync2go %s'?\n", s[0])
		}
	}
	return &exitError{status: exitRejected}
}

func (c *cli) workspace() (*driver.Workspace, error) {
	w, err := driver.NewWorkspace("")
	if err != nil {
		return nil, &exitError{status: exitFailure, msg: err.Error()}
	}
	w.Progress = progressLine(c.stderr)
	return w, nil
}

func (c *cli) runCmd() *cobra.Command {
	var tracePath string
	cmd := &cobra.Command{
		Use:   "run FILE.py [-- ARGS...]",
		Short: "Translate, build and run a program; exit with its status",
		Long: `run translates FILE.py, builds it in a cached workspace and runs it with
this process's stdin, stdout and stderr. Everything after FILE.py (an optional
leading "--" is dropped) becomes the program's sys.argv[1:]; sys.argv[0] is
FILE.py as given. The exit status is the program's; when a signal killed
the program, pyasync2go dies of the same signal. SIGTERM and SIGHUP are forwarded to it; Ctrl-C
(SIGINT) reaches it from the terminal directly and is not sent twice.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, progArgs := args[0], args[1:]
			// Flags stop at FILE.py, so a "--" after it reaches us verbatim.
			if cmd.ArgsLenAtDash() == -1 && len(progArgs) > 0 && progArgs[0] == "--" {
				progArgs = progArgs[1:]
			}
			goSrc, err := c.translate(cmd, path, "")
			if err != nil {
				return err
			}
			w, err := c.workspace()
			if err != nil {
				return err
			}
			if tracePath != "" {
				abs, err := filepath.Abs(tracePath)
				if err != nil {
					return rejected("--trace %s: %v", tracePath, err)
				}
				// The runtime writes the trace at exit (rt/trace.go).
				os.Setenv(rt.TraceEnv, abs)
				defer os.Unsetenv(rt.TraceEnv)
			}
			exit, err := w.RunExit(goSrc, driver.RunOptions{
				Argv0: path, Args: progArgs,
				Stdin: c.stdin, Stdout: c.stdout, Stderr: c.stderr,
				ForwardSignals: true,
			})
			if err != nil {
				return &exitError{status: exitFailure, msg: err.Error()}
			}
			if exit.Status != 0 {
				return &exitError{status: exit.Status, signal: exit.Signal}
			}
			return nil
		},
	}
	cmd.Flags().SetInterspersed(false)
	cmd.Flags().StringVar(&tracePath, "trace", "", "record the schedule into `FILE`.json (Chrome trace events: Perfetto, chrome://tracing) and FILE.html")
	return cmd
}

func (c *cli) buildCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "build FILE.py [-o BIN]",
		Short: "Translate and build a program into a binary",
		Long: `build translates FILE.py and compiles it into the binary BIN (default: the
file's base name without .py, in the current directory).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			if out == "" && path == stdinArg {
				return rejected("build -: a program read from stdin has no name to give the binary; add -o BIN")
			}
			if out == "" {
				out = filepath.Base(path)
				if ext := filepath.Ext(out); ext == ".py" || frontend.IsNotebook(out) {
					out = strings.TrimSuffix(out, ext)
				}
				if runtime.GOOS == "windows" {
					out += ".exe"
				}
			}
			goSrc, err := c.translate(cmd, path, "")
			if err != nil {
				return err
			}
			w, err := c.workspace()
			if err != nil {
				return err
			}
			if err := w.BuildProgram(goSrc, out); err != nil {
				return &exitError{status: exitFailure, msg: err.Error()}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the binary to `BIN`")
	return cmd
}

func (c *cli) checkCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE.py",
		Short: "Report diagnostics without producing output",
		Long: `check runs every translation phase on FILE.py and prints its diagnostics.
It exits 0 when there are no errors (warnings are printed but do not fail).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := c.translate(cmd, args[0], "")
			return err
		},
	}
}

func (c *cli) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print version information",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rtHash, err := driver.RuntimeHash()
			if err != nil {
				return &exitError{status: exitFailure, msg: err.Error()}
			}
			fmt.Fprintf(c.stdout, "pyasync2go %s (runtime %s %s, source hash %s, built with %s, targets CPython 3.11 semantics)\n", version(), driver.ModulePath, driver.RuntimeVersion, rtHash, runtime.Version())
			return nil
		},
	}
}

// version is the module version for `go install`ed binaries and the VCS
// revision for binaries built in a checkout.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return "devel " + rev
}
