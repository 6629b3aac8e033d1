/** Run reports: each run's report.json and self-contained report.html in its own folder, and reading them back. */
package io.sluice.report;
