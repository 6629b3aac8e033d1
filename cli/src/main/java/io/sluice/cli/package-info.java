/** The {@code sluice} command: run, validate, plan and inspect pipelines and files. */
package io.sluice.cli;
