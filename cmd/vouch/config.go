package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/vouchpm/vouch/host/api/apijson"
)

// config is vouch's user configuration. Precedence: flags, then VOUCH_*
// environment variables, then ~/.config/vouch/config.toml.
type config struct {
	Host     string            `toml:"host"`     // vouch-host API base URL
	RPC      string            `toml:"rpc"`      // EVM JSON-RPC endpoint
	Registry string            `toml:"registry"` // registry contract address
	ChainID  uint64            `toml:"chain_id"`
	NPM      string            `toml:"npm"`     // npm registry URL
	KeyDir   string            `toml:"key_dir"` // keystore directory
	Key      string            `toml:"key"`     // address of the key to sign with
	Ollama   string            `toml:"ollama"`  // ollama server for vouch rescore
	Sources  map[string]string `toml:"-"`       // where each value came from
}

// configKeys lists the settings: name, env variable, field accessor.
func configKeys() []string {
	return []string{"host", "rpc", "registry", "chain_id", "npm", "key_dir", "key", "ollama"}
}

func configDir() string {
	if d := os.Getenv("VOUCH_CONFIG_DIR"); d != "" {
		return d
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "vouch")
	}
	return ".vouch"
}

func (c *config) field(name string) *string {
	switch name {
	case "host":
		return &c.Host
	case "rpc":
		return &c.RPC
	case "registry":
		return &c.Registry
	case "npm":
		return &c.NPM
	case "key_dir":
		return &c.KeyDir
	case "key":
		return &c.Key
	case "ollama":
		return &c.Ollama
	}
	return nil
}

// loadConfig merges the file, the environment and the command's flags.
func loadConfig(cmd *cobra.Command) (*config, error) {
	c := &config{
		Host: apijson.DefaultURL, NPM: "https://registry.npmjs.org/",
		KeyDir: filepath.Join(configDir(), "keys"), Ollama: "http://127.0.0.1:11434",
		Sources: map[string]string{},
	}
	for _, k := range configKeys() {
		c.Sources[k] = "default"
	}
	path := filepath.Join(configDir(), "config.toml")
	md, err := toml.DecodeFile(path, c)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, withCode(exitUsage, fmt.Errorf("reading %s: %w", path, err))
	default:
		if undec := md.Undecoded(); len(undec) > 0 {
			return nil, withCode(exitUsage, fmt.Errorf("%s: unknown setting %q (known: %s)", path, undec[0].String(), strings.Join(configKeys(), ", ")))
		}
		for _, k := range md.Keys() {
			c.Sources[k.String()] = path
		}
	}
	for _, k := range configKeys() {
		env := "VOUCH_" + strings.ToUpper(k)
		v, ok := os.LookupEnv(env)
		if !ok {
			continue
		}
		if err := c.set(k, v); err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("%s: %w", env, err))
		}
		c.Sources[k] = env
	}
	for _, k := range configKeys() {
		f := cmd.Flags().Lookup(strings.ReplaceAll(k, "_", "-"))
		if f == nil || !f.Changed {
			continue
		}
		if err := c.set(k, f.Value.String()); err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("--%s: %w", f.Name, err))
		}
		c.Sources[k] = "flag --" + f.Name
	}
	return c, nil
}

func (c *config) set(name, v string) error {
	if name == "chain_id" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return fmt.Errorf("chain id %q is not a number", v)
		}
		c.ChainID = n
		return nil
	}
	p := c.field(name)
	if p == nil {
		return fmt.Errorf("unknown setting %q", name)
	}
	*p = v
	return nil
}

func (c *config) get(name string) string {
	if name == "chain_id" {
		return strconv.FormatUint(c.ChainID, 10)
	}
	return *c.field(name)
}

// addConfigFlags adds the flags that override settings a command uses.
func addConfigFlags(cmd *cobra.Command, names ...string) {
	help := map[string]string{
		"host": "vouch-host API URL", "rpc": "EVM JSON-RPC URL", "registry": "registry contract address",
		"chain_id": "EVM chain id", "npm": "npm registry URL", "key_dir": "keystore directory",
		"key": "address of the signing key", "ollama": "ollama server URL",
	}
	for _, n := range names {
		cmd.Flags().String(strings.ReplaceAll(n, "_", "-"), "", help[n]+" (env VOUCH_"+strings.ToUpper(n)+")")
	}
}

func newConfigCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Show vouch's settings and where each comes from, or write them from a host"}
	show := &cobra.Command{
		Use:     "show",
		Short:   "Print every setting with its source (flag, VOUCH_* env, config.toml, default)",
		Example: "  vouch config show\n  VOUCH_RPC=http://127.0.0.1:8545 vouch config show",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "config file: %s\n", filepath.Join(configDir(), "config.toml"))
			for _, k := range configKeys() {
				fmt.Fprintf(out, "%-9s = %-45q # %s\n", k, c.get(k), c.Sources[k])
			}
			return nil
		},
	}
	addConfigFlags(show, configKeys()...)
	cmd.AddCommand(show, newConfigInitCommand())
	return cmd
}
