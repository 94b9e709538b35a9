package dev.pluginkit.mattermost.test;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Measures how long an {@link InMemoryMattermost} takes to start, reset and stop: a main
 * program, not a test, so that no build depends on the speed of the machine. Run it with
 * the test classpath, for example from the IDE.
 */
public final class InMemoryMattermostTimings {

	private static final int RUNS = 50;

	private InMemoryMattermostTimings() {
	}

	/**
	 * Prints the first and the median time of each step, in milliseconds.
	 * @param args optionally the number of runs, 50 if not given
	 */
	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : RUNS;
		measure("socket", runs, InMemoryMattermost::start);
		measure("in-process", runs, InMemoryMattermost::startInProcess);
	}

	private static void measure(String kind, int runs, Supplier<InMemoryMattermost> starter) {
		long[] start = new long[runs];
		long[] reset = new long[runs];
		long[] resetWithData = new long[runs];
		long[] stop = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			InMemoryMattermost mattermost = starter.get();
			long t1 = System.nanoTime();
			mattermost.reset();
			long t2 = System.nanoTime();
			for (int file = 0; file < 100; file++) {
				mattermost.files().upload("", "file-" + file + ".txt", new byte[1024]);
			}
			long t3 = System.nanoTime();
			mattermost.reset();
			long t4 = System.nanoTime();
			mattermost.close();
			long t5 = System.nanoTime();
			start[i] = t1 - t0;
			reset[i] = t2 - t1;
			resetWithData[i] = t4 - t3;
			stop[i] = t5 - t4;
		}
		System.out.printf("%-10s start: first %8.2f ms, median %6.2f ms%n", kind, ms(start[0]), median(start));
		System.out.printf("%-10s reset (empty): first %8.3f ms, median %6.3f ms%n", kind, ms(reset[0]), median(reset));
		System.out.printf("%-10s reset (100 files): first %8.3f ms, median %6.3f ms%n", kind, ms(resetWithData[0]),
				median(resetWithData));
		System.out.printf("%-10s stop: first %8.2f ms, median %6.2f ms%n", kind, ms(stop[0]), median(stop));
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? ms(sorted[middle]) : (ms(sorted[middle - 1]) + ms(sorted[middle])) / 2;
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

}
