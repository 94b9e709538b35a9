package dev.pluginkit.mattermost.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs {@link ClientOverheadBenchmark} and prints, for each pair, the throughput of our
 * client, of the raw stub, and their ratio ours/raw: 1.00 or more means ours is as fast.
 *
 * <p>Arguments are JMH's own, for example {@code -i 10 -r 5s} or a regular expression
 * that selects benchmarks; without any, the settings on the benchmark class apply.
 */
public final class ClientOverheadMain {

	private ClientOverheadMain() {
	}

	/**
	 * Runs the benchmarks and prints the ratios.
	 * @param args JMH command-line options
	 * @throws Exception if the options are invalid or the run fails
	 */
	public static void main(String[] args) throws Exception {
		Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
		Map<String, Result<?>[]> pairs = new TreeMap<>();
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
			boolean ours = name.endsWith("Ours");
			String pair = name.substring(0, name.length() - (ours ? "Ours" : "Raw").length());
			pairs.computeIfAbsent(pair, (key) -> new Result<?>[2])[ours ? 0 : 1] = result.getPrimaryResult();
		}
		System.out.printf("%nours/raw (throughput; >= 1.00 means ours is as fast; range from the 99.9%% intervals)%n");
		System.out.printf("%-28s %24s %24s %8s %14s%n", "pair", "ours", "raw", "ratio", "range");
		pairs.forEach((pair, sides) -> {
			if (sides[0] == null || sides[1] == null) {
				return;
			}
			double ours = sides[0].getScore();
			double raw = sides[1].getScore();
			double oursError = sides[0].getScoreError();
			double rawError = sides[1].getScoreError();
			String range;
			if (Double.isNaN(oursError) || Double.isNaN(rawError)) {
				range = "";
			}
			else if (ours <= oursError || raw <= rawError) {
				range = "too noisy";
			}
			else {
				range = String.format("%.2f..%.2f", (ours - oursError) / (raw + rawError),
						(ours + oursError) / (raw - rawError));
			}
			System.out.printf("%-28s %24s %24s %8.2f %14s%n", pair, score(sides[0]), score(sides[1]), ours / raw, range);
		});
	}

	private static String score(Result<?> result) {
		return String.format("%.0f ± %.0f %s", result.getScore(), result.getScoreError(), result.getScoreUnit());
	}

}
