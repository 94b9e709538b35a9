// Command gojson writes the KV fixtures that the typed KV tests read: the exact bytes Go's
// encoding/json Marshal produces for values a Go plugin keeps in its KV store, one file per
// fixture, without a trailing newline (Marshal writes none).
//
// Regenerate from the module directory with:
//
//	go run src/test/go/gojson/main.go src/test/resources/go-json
//
// The committed files were written by Go 1.19. Go 1.22 changed one rule that these fixtures
// avoid on purpose: it escapes the control characters U+0008 and U+000C as \b and \f instead
// of \u0008 and \u000c. The Java side follows Go 1.22 and later there.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"
)

// Inner is a nested struct, written inline and through a pointer.
type Inner struct {
	ID    string
	Count int64
}

// Profile covers field names (as declared, and from tags), numbers, nil and empty slices
// and maps, nested maps, time.Time, time.Duration, []byte and escaping.
type Profile struct {
	Name     string
	Age      int
	Score    float64
	Ratio    float32
	Tags     []string
	Aliases  []string
	Attrs    map[string]interface{}
	Counts   map[string]int
	Empty    map[string]string
	Joined   time.Time
	Note     string `json:"note,omitempty"`
	HTML     string `json:"html"`
	Raw      []byte
	Timeout  time.Duration
	Nested   *Inner
	Child    Inner
	Enabled  bool
	Children []Inner
}

// JobMetadata is pluginapi/cluster's job metadata, kept under cron_<key>.
type JobMetadata struct {
	LastFinished time.Time
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gojson <output directory>")
		os.Exit(2)
	}
	dir := os.Args[1]

	profile := Profile{
		Name:    "Zoë <admin> & \"friends\"",
		Age:     42,
		Score:   1234567.125,
		Ratio:   0.1,
		Tags:    nil,
		Aliases: []string{},
		Attrs: map[string]interface{}{
			"zeta":  1,
			"alpha": map[string]interface{}{"b": []interface{}{1.5, "x", nil, true}, "a": nil},
			"Beta":  "upper case sorts first",
			"émoji": "😀",
		},
		Counts:  nil,
		Empty:   map[string]string{},
		Joined:  time.Date(2024, 3, 5, 7, 8, 9, 120000000, time.UTC),
		HTML:    "<b>bold</b>\u2028line\u2029para\t\n\r\x01\x1f",
		Raw:     []byte{0, 1, 2, 250, 255},
		Timeout: 90 * time.Second,
		Nested:  nil,
		Child:   Inner{ID: "c1", Count: -7},
		Enabled: true,
		Children: []Inner{
			{ID: "a", Count: 1},
			{ID: "b", Count: 9007199254740993},
		},
	}

	fixtures := map[string]interface{}{
		"profile":             profile,
		"counter":             int64(42),
		"string":              "a < b && c > d",
		"floats":              []float64{0, 1, -1.5, 0.1, 1e20, 1e21, 1.5e21, 1e-6, 1e-7, 1.25e-10, 123456789.125, math.MaxFloat64, 5e-324, 2.0000000000000004, 100},
		"float32s":            []float32{0.1, 1e21, 1e-7, 16777216, 3.4028235e38},
		"int_keys":            map[int]string{10: "ten", 9: "nine", 2: "two", -1: "minus one"},
		"times":               []time.Time{time.Date(2024, 3, 5, 7, 8, 9, 0, time.UTC), time.Date(2024, 3, 5, 7, 8, 9, 123456789, time.FixedZone("", 3600)), time.Date(1999, 12, 31, 23, 59, 59, 100, time.FixedZone("", -(5*3600 + 30*60)))},
		"job_metadata":        JobMetadata{LastFinished: time.Date(2024, 3, 5, 7, 8, 9, 500000000, time.UTC)},
		"job_metadata_zero":   JobMetadata{},
		"nil_slice":           []string(nil),
		"empty_slice":         []string{},
		"nil_map":             map[string]int(nil),
		"empty_struct":        struct{}{},
		"nested_map_of_lists": map[string][]int{"b": {2, 1}, "a": nil, "c": {}},
	}

	for name, value := range fixtures {
		data, err := json.Marshal(value)
		if err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".json"), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			os.Exit(1)
		}
	}
}
