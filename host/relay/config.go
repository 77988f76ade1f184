package relay

import (
	"context"

	"github.com/vouchpm/vouch/enclave/wire"
)

// CoordinatorConfig relays the coordinator's canonical configuration
// (api.ConfigSource). The host vouches for nothing here: callers check that
// the bytes hash to the configuration digest the evidence binds.
func (c *Coordinator) CoordinatorConfig(ctx context.Context) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out wire.GetConfigResponse
	if err := c.call(ctx, wire.KindGetConfig, wire.GetConfigRequest{}, &out); err != nil {
		return nil, asRefusal(err)
	}
	return out.Config, nil
}
