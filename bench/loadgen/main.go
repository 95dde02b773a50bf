// Command loadgen sends HTTP requests at a fixed arrival rate (open model) or from a fixed
// number of busy workers (closed model, for saturation) and prints a JSON summary.
//
// Latency at a fixed rate is measured from each request's scheduled start, not from when a
// worker got round to sending it, so a stalled server shows up in the percentiles instead of
// slowing the load down (no coordinated omission).
//
// The body and header values may contain {{seq}} (the request's number) and {{uuid}} (a new
// random UUID), so every request can carry its own idempotency key.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type headerFlags []string

func (h *headerFlags) String() string     { return strings.Join(*h, ", ") }
func (h *headerFlags) Set(v string) error { *h = append(*h, v); return nil }

type result struct {
	status  int
	latency time.Duration
	err     bool
}

type summary struct {
	Mode       string         `json:"mode"`
	TargetRate float64        `json:"target_rate"`
	Workers    int            `json:"workers"`
	Requests   int            `json:"requests"`
	OK         int            `json:"ok"`
	Errors     int            `json:"errors"`
	Statuses   map[string]int `json:"statuses"`
	Seconds    float64        `json:"seconds"`
	Rate       float64        `json:"rate"`
	P50Ms      float64        `json:"p50_ms"`
	P90Ms      float64        `json:"p90_ms"`
	P99Ms      float64        `json:"p99_ms"`
	MaxMs      float64        `json:"max_ms"`
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func fill(template string, seq int) string {
	s := strings.ReplaceAll(template, "{{seq}}", strconv.Itoa(seq))
	for strings.Contains(s, "{{uuid}}") {
		s = strings.Replace(s, "{{uuid}}", newUUID(), 1)
	}
	return s
}

func percentile(sorted []time.Duration, share float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(share*float64(len(sorted))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return float64(sorted[i].Microseconds()) / 1000
}

func main() {
	method := flag.String("method", "POST", "HTTP method")
	url := flag.String("url", "", "target URL")
	body := flag.String("body", "", "request body template ({{seq}}, {{uuid}})")
	rate := flag.Float64("rate", 0, "requests per second (open model); 0 = saturation with -workers")
	duration := flag.Duration("duration", 10*time.Second, "how long to send")
	workers := flag.Int("workers", 64, "concurrent connections (closed model) or the cap (open model)")
	expect := flag.Int("expect", 201, "the status code that counts as success")
	var headers headerFlags
	flag.Var(&headers, "H", "header 'Name: value' (repeatable; {{seq}}, {{uuid}})")
	flag.Parse()
	if *url == "" {
		fmt.Fprintln(os.Stderr, "loadgen: -url is required")
		os.Exit(2)
	}

	transport := &http.Transport{MaxIdleConnsPerHost: *workers, MaxConnsPerHost: *workers}
	client := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	send := func(seq int, scheduled time.Time) result {
		req, _ := http.NewRequest(*method, *url, bytes.NewBufferString(fill(*body, seq)))
		req.Header.Set("Content-Type", "application/json")
		for _, h := range headers {
			name, value, _ := strings.Cut(h, ":")
			req.Header.Set(strings.TrimSpace(name), strings.TrimSpace(fill(value, seq)))
		}
		resp, err := client.Do(req)
		latency := time.Since(scheduled)
		if err != nil {
			return result{latency: latency, err: true}
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return result{status: resp.StatusCode, latency: latency}
	}

	var mu sync.Mutex
	var results []result
	record := func(r result) { mu.Lock(); results = append(results, r); mu.Unlock() }
	start := time.Now()
	var wg sync.WaitGroup
	mode := "saturation"
	if *rate > 0 {
		mode = "fixed_rate"
		// The schedule is fixed in advance; a bounded pool of in-flight requests keeps a
		// dead server from exhausting the client, and any request that had to wait for a
		// free slot is still timed from its scheduled start.
		slots := make(chan struct{}, *workers)
		interval := time.Duration(float64(time.Second) / *rate)
		total := int(duration.Seconds() * *rate)
		for seq := 0; seq < total; seq++ {
			scheduled := start.Add(time.Duration(seq) * interval)
			time.Sleep(time.Until(scheduled))
			slots <- struct{}{}
			wg.Add(1)
			go func(seq int, scheduled time.Time) {
				defer wg.Done()
				record(send(seq, scheduled))
				<-slots
			}(seq, scheduled)
		}
	} else {
		var next int
		var seqMu sync.Mutex
		deadline := start.Add(*duration)
		for w := 0; w < *workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(deadline) {
					seqMu.Lock()
					seq := next
					next++
					seqMu.Unlock()
					record(send(seq, time.Now()))
				}
			}()
		}
	}
	wg.Wait()
	elapsed := time.Since(start).Seconds()

	s := summary{Mode: mode, TargetRate: *rate, Workers: *workers, Statuses: map[string]int{}}
	latencies := make([]time.Duration, 0, len(results))
	for _, r := range results {
		s.Requests++
		key := strconv.Itoa(r.status)
		if r.err {
			key = "transport_error"
		}
		s.Statuses[key]++
		if !r.err && r.status == *expect {
			s.OK++
		} else {
			s.Errors++
		}
		latencies = append(latencies, r.latency)
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	s.Seconds = elapsed
	s.Rate = float64(s.OK) / elapsed
	s.P50Ms = percentile(latencies, 0.50)
	s.P90Ms = percentile(latencies, 0.90)
	s.P99Ms = percentile(latencies, 0.99)
	if len(latencies) > 0 {
		s.MaxMs = float64(latencies[len(latencies)-1].Microseconds()) / 1000
	}
	out, _ := json.Marshal(s)
	fmt.Println(string(out))
}
