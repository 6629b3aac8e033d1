/** The immutable pipeline model that YAML files and the Java DSL both build. */
package io.sluice.core.model;
