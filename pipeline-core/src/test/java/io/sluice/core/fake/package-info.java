/** Small in-memory plugins that let the core's runner be tested without any file format. */
package io.sluice.core.fake;
