/**
 * How sinks stage parts beside their target, publish them atomically and record a run's progress for resume.
 */
package io.sluice.core.sink;
