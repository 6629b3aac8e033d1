/** Running pipelines: compiling settings into plugins, the local ForkJoinPool runner and the run report. */
package io.sluice.core.run;
