/** Bad records: the on-error policy of a source, the records it rejects, their counts and the quarantine file. */
package io.sluice.core.badrecord;
