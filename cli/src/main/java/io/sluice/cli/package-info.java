/** The {@code sluice} command: run, validate, plan, inspect and schedule pipelines; show their run history. */
package io.sluice.cli;
