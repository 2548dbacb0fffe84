/**
 * The CSV contract (v1) in and out: {@link org.chainmatch.core.io.EnterpriseCsv}, {@link
 * org.chainmatch.core.io.RelationCsv} and {@link org.chainmatch.core.io.DemandCsv} read streaming
 * (commons-csv, records bounded to 1 Mi characters) in strict or lenient mode ({@link
 * org.chainmatch.core.io.LoadOptions}); {@link org.chainmatch.core.io.Dataset} loads the three
 * together and checks references between them. Every rejected value is an {@link
 * org.chainmatch.core.io.InputProblem} naming file, line, column and value; strict loading throws
 * {@link org.chainmatch.core.io.InputRejectedException} on the first, lenient loading collects
 * them in the {@link org.chainmatch.core.io.LoadReport}. Writers publish a file whole (temporary
 * file, then an atomic move). {@code AtomicFiles} and {@code TableWriter} are {@link
 * org.chainmatch.core.Internal}: shared with the other modules, not API.
 */
package org.chainmatch.core.io;
