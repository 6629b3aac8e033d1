/** Reading pipeline files written in YAML into the pipeline model, with exact line and column for problems. */
package io.sluice.core.yaml;
