/** Plain, serialisable descriptions of a source and of the chunks a run will process. */
package io.sluice.core.plan;
