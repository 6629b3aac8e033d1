/** Format-free machinery sinks share: a staging folder beside the target and all-or-nothing publication. */
package io.sluice.core.sink;
