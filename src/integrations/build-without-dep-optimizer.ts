/**
 * Astro integration: no Vite dependency optimizer in `astro build`.
 *
 * The build's content sync runs a temporary Vite dev server, and its client
 * environment pre-bundles the dev toolbar's dependencies (Astro's
 * `optimizeDeps.include`) into Vite's cache, node_modules/.vite/deps: work no
 * build output uses (the server is never asked for a page), done again
 * whenever the cache was written by another configuration ("[vite]
 * Re-optimizing dependencies because vite config has changed", e.g. after
 * `npm run dev`), which also discards the dev server's cache. `astro dev`
 * keeps its optimizer.
 */
import type { AstroIntegration } from 'astro';

export default function buildWithoutDepOptimizer(): AstroIntegration {
  return {
    name: 'politiradsavtaler:build-without-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'politiradsavtaler:build-without-dep-optimizer',
                // After every plugin's config (Astro's include list comes from its plugins): no discovery and
                // nothing to include is Vite's own way of turning the optimizer off.
                configResolved(config) {
                  for (const environment of Object.values(config.environments)) {
                    environment.optimizeDeps.noDiscovery = true;
                    environment.optimizeDeps.include = [];
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
