/** Configuration trees with source locations, and the collection of configuration problems. */
package io.sluice.core.config;
