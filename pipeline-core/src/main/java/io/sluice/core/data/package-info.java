/** The two shapes of data that flow through a pipeline: dense grids and column tables viewed row by row. */
package io.sluice.core.data;
