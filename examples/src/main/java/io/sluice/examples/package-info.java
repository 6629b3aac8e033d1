/** Runnable example pipelines written with the Java DSL, beside their YAML twins in the module's folders. */
package io.sluice.examples;
