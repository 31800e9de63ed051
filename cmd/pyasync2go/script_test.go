package main

// A small interpreter for the subset of the testscript language
// (github.com/rogpeppe/go-internal/testscript) that testdata/script uses.
//
// Why not testscript itself: go-internal v1.16.0 declares `go 1.25`, and
// this module's go.mod says `go 1.24`, so importing it makes every go
// command fail with "updates to go.mod needed" (and go.mod is not ours to
// edit). The scripts keep testscript's syntax, so switching back is a
// matter of replacing this file once go.mod allows it.
//
// Supported: comments, `!` negation, `[exec:NAME]` / `[!exec:NAME]`
// conditions, single quotes ('' is a literal quote), $VAR expansion, and the
// commands exec, exits (exact exit status), stdout, stderr (multi-line
// regexps), cmp, cp, cd, env, mkdir, exists.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// cliName is the command scripts invoke; the test binary re-executes itself
// under that name (via a symlink) to act as the CLI.
const cliName = "pyasync2go"

func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == cliName {
		main()
	}
	os.Exit(m.Run())
}

// TestScripts runs testdata/script/*.txtar. Expected program output in them
// was produced by python3 (CPython 3.11); where python3 is on PATH the
// scripts also re-run it to prove the pasted output is still CPython's.
func TestScripts(t *testing.T) {
	if testing.Short() {
		t.Skip("the scripts build and run programs")
	}
	self, err := os.Executable()
	require.NoError(t, err)
	binDir := t.TempDir()
	require.NoError(t, os.Symlink(self, filepath.Join(binDir, cliName)))
	goEnv := goEnvVars(t, "GOCACHE", "GOPATH", "GOMODCACHE", "GOROOT")
	// One workspace for all scripts, so the runtime is compiled once per run.
	cacheHome := t.TempDir()

	scripts, err := filepath.Glob("testdata/script/*.txtar")
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, file := range scripts {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			work := t.TempDir()
			env := map[string]string{
				"WORK":           work,
				"HOME":           os.DevNull, // a file: nothing can be created under it, even as root
				"TMPDIR":         filepath.Join(work, ".tmp"),
				"PATH":           binDir + string(os.PathListSeparator) + os.Getenv("PATH"),
				"XDG_CACHE_HOME": cacheHome,
			}
			for k, v := range goEnv {
				env[k] = v
			}
			require.NoError(t, os.MkdirAll(env["TMPDIR"], 0o755))
			s := &script{t: t, file: file, dir: work, env: env}
			s.run(data)
		})
	}
}

// goEnvVars passes the real Go toolchain locations into the scripts, whose
// HOME is deliberately unusable.
func goEnvVars(t *testing.T, names ...string) map[string]string {
	out, err := exec.Command("go", append([]string{"env"}, names...)...).Output()
	require.NoError(t, err)
	values := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	require.Len(t, values, len(names))
	env := map[string]string{}
	for i, name := range names {
		env[name] = values[i]
	}
	return env
}

type script struct {
	t              *testing.T
	file           string
	line           int
	dir            string
	env            map[string]string
	stdout, stderr string
	log            strings.Builder
}

func (s *script) fatalf(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("%s\n%s:%d: %s", s.log.String(), s.file, s.line, fmt.Sprintf(format, args...))
}

func (s *script) run(data []byte) {
	s.t.Helper()
	commands, files := splitArchive(data)
	for _, f := range files {
		p := filepath.Join(s.dir, filepath.FromSlash(f.name))
		require.NoError(s.t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(s.t, os.WriteFile(p, f.data, 0o644))
	}
	sc := bufio.NewScanner(bytes.NewReader(commands))
	for sc.Scan() {
		s.line++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fmt.Fprintf(&s.log, "> %s\n", line)
		args, err := splitWords(line)
		if err != nil {
			s.fatalf("%v", err)
		}
		neg := false
		for len(args) > 0 && (args[0] == "!" || strings.HasPrefix(args[0], "[")) {
			if args[0] == "!" {
				neg = true
			} else if !s.condition(args[0]) {
				args = nil
				break
			}
			args = args[1:]
		}
		if len(args) == 0 {
			continue
		}
		for i := range args {
			args[i] = os.Expand(args[i], func(k string) string { return s.env[k] })
		}
		s.command(neg, args[0], args[1:])
	}
}

func (s *script) condition(cond string) bool {
	if !strings.HasPrefix(cond, "[") || !strings.HasSuffix(cond, "]") {
		s.fatalf("bad condition %s", cond)
	}
	c := cond[1 : len(cond)-1]
	not := strings.HasPrefix(c, "!")
	c = strings.TrimPrefix(c, "!")
	name, ok := strings.CutPrefix(c, "exec:")
	if !ok {
		s.fatalf("unknown condition %s", cond)
	}
	_, err := s.lookPath(name)
	return (err == nil) != not
}

func (s *script) command(neg bool, name string, args []string) {
	s.t.Helper()
	switch name {
	case "exec":
		status := s.exec(args)
		if neg && status == 0 {
			s.fatalf("unexpected success")
		}
		if !neg && status != 0 {
			s.fatalf("exit status %d\n[stderr]\n%s", status, s.stderr)
		}
	case "exits":
		if neg || len(args) < 2 {
			s.fatalf("usage: exits STATUS COMMAND [ARGS...]")
		}
		want, err := strconv.Atoi(args[0])
		if err != nil {
			s.fatalf("%v", err)
		}
		if got := s.exec(args[1:]); got != want {
			s.fatalf("%s exited with status %d, want %d\n[stdout]\n%s[stderr]\n%s", strings.Join(args[1:], " "), got, want, s.stdout, s.stderr)
		}
	case "stdout", "stderr":
		if len(args) != 1 {
			s.fatalf("usage: %s REGEXP", name)
		}
		text := s.stdout
		if name == "stderr" {
			text = s.stderr
		}
		re, err := regexp.Compile("(?m)" + args[0])
		if err != nil {
			s.fatalf("%v", err)
		}
		if re.MatchString(text) == neg {
			verb := "no match"
			if neg {
				verb = "unexpected match"
			}
			s.fatalf("%s for `%s` in %s:\n%s", verb, args[0], name, text)
		}
	case "cmp":
		if neg || len(args) != 2 {
			s.fatalf("usage: cmp FILE1 FILE2")
		}
		a, b := s.read(args[0]), s.read(args[1])
		if a != b {
			s.fatalf("%s and %s differ:\n--- %s\n%s--- %s\n%s", args[0], args[1], args[0], a, args[1], b)
		}
	case "cp":
		if neg || len(args) != 2 {
			s.fatalf("usage: cp SRC DST")
		}
		if err := os.WriteFile(s.path(args[1]), []byte(s.read(args[0])), 0o644); err != nil {
			s.fatalf("%v", err)
		}
	case "cd":
		if neg || len(args) != 1 {
			s.fatalf("usage: cd DIR")
		}
		s.dir = s.path(args[0])
	case "env":
		for _, kv := range args {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				s.fatalf("usage: env KEY=VALUE...")
			}
			s.env[k] = v
		}
	case "mkdir":
		for _, d := range args {
			if err := os.MkdirAll(s.path(d), 0o755); err != nil {
				s.fatalf("%v", err)
			}
		}
	case "exists":
		for _, f := range args {
			_, err := os.Stat(s.path(f))
			if (err == nil) == neg {
				s.fatalf("exists %s: %v (negated: %v)", f, err, neg)
			}
		}
	default:
		s.fatalf("unknown command %q", name)
	}
}

func (s *script) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(s.dir, p)
}

func (s *script) read(name string) string {
	switch name {
	case "stdout":
		return s.stdout
	case "stderr":
		return s.stderr
	}
	data, err := os.ReadFile(s.path(name))
	if err != nil {
		s.fatalf("%v", err)
	}
	return string(data)
}

func (s *script) lookPath(name string) (string, error) {
	if strings.Contains(name, "/") {
		return s.path(name), nil
	}
	for _, dir := range filepath.SplitList(s.env["PATH"]) {
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && !info.IsDir() && info.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s: not found in PATH", name)
}

// exec runs a command with the script's environment and directory and
// returns its exit status.
func (s *script) exec(args []string) int {
	s.t.Helper()
	if len(args) == 0 {
		s.fatalf("exec: no command")
	}
	bin, err := s.lookPath(args[0])
	if err != nil {
		s.fatalf("%v", err)
	}
	cmd := exec.Command(bin, args[1:]...)
	cmd.Args[0] = args[0]
	cmd.Dir = s.dir
	for k, v := range s.env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	s.stdout, s.stderr = stdout.String(), stderr.String()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exitErr):
		return exitErr.ExitCode()
	}
	s.fatalf("running %s: %v", args[0], err)
	return -1
}

type archiveFile struct {
	name string
	data []byte
}

// splitArchive parses the txtar format: a comment (the script) followed by
// files introduced by "-- NAME --" lines.
func splitArchive(data []byte) (comment []byte, files []archiveFile) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	var cur *archiveFile
	for _, l := range lines {
		trimmed := bytes.TrimRight(l, "\r\n")
		if bytes.HasPrefix(trimmed, []byte("-- ")) && bytes.HasSuffix(trimmed, []byte(" --")) && len(trimmed) > 6 {
			files = append(files, archiveFile{name: string(bytes.TrimSpace(trimmed[3 : len(trimmed)-3]))})
			cur = &files[len(files)-1]
			continue
		}
		if cur == nil {
			comment = append(comment, l...)
		} else {
			cur.data = append(cur.data, l...)
		}
	}
	for i := range files {
		if len(files[i].data) > 0 && !bytes.HasSuffix(files[i].data, []byte("\n")) {
			files[i].data = append(files[i].data, '\n')
		}
	}
	return comment, files
}

// splitWords splits a script line into words; single quotes group, and ”
// inside them is a literal quote.
func splitWords(line string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '\'':
			if i+1 < len(line) && line[i+1] == '\'' {
				cur.WriteByte('\'')
				i++
			} else {
				quoted = false
			}
		case quoted:
			cur.WriteByte(c)
		case c == '\'':
			quoted, inWord = true, true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '#' && !inWord:
			i = len(line)
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if quoted {
		return nil, errors.New("unterminated quote")
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}
