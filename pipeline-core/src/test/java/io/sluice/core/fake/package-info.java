/**
 * Small in-memory plugins that let pipelines run in tests without any file format: source {@code fake-grid},
 * split {@code fake-steps}, stage {@code fake-sum} and sink {@code memory}. They are registered with
 * ServiceLoader and published in this module's test jar, so other modules' tests use them by depending on
 * {@code sluice-pipeline-core} with {@code <type>test-jar</type>}; their type ids are chosen not to collide
 * with real plugins.
 */
package io.sluice.core.fake;
