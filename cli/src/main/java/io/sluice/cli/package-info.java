/** The {@code sluice} command: run, validate, plan, inspect and schedule pipelines and files; show their run history. */
package io.sluice.cli;
