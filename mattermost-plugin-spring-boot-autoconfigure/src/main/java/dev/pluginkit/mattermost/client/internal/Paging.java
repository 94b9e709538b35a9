package dev.pluginkit.mattermost.client.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns a paged RPC into a lazy stream: the next page is fetched only when the stream
 * needs an item beyond the ones it has, and a page with fewer items than asked for is the
 * last.
 */
final class Paging {

	private Paging() {
	}

	/**
	 * Streams the items of consecutive pages, starting at page 0.
	 * @param <T> the item type
	 * @param pageSize how many items a page asks for
	 * @param fetchPage fetches the page with the given zero-based number
	 * @return the lazy stream
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	static <T> Stream<T> stream(int pageSize, IntFunction<? extends List<? extends T>> fetchPage) {
		PageIterator<T> pages = new PageIterator<>(Arguments.pageSize(pageSize), fetchPage);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
	}

	private static final class PageIterator<T> implements Iterator<T> {

		private final int pageSize;

		private final IntFunction<? extends List<? extends T>> fetchPage;

		private List<? extends T> page = List.of();

		private int nextPage;

		private int index;

		private boolean lastPageSeen;

		PageIterator(int pageSize, IntFunction<? extends List<? extends T>> fetchPage) {
			this.pageSize = pageSize;
			this.fetchPage = fetchPage;
		}

		@Override
		public boolean hasNext() {
			while (this.index >= this.page.size()) {
				if (this.lastPageSeen) {
					return false;
				}
				this.page = this.fetchPage.apply(this.nextPage++);
				this.index = 0;
				this.lastPageSeen = this.page.size() < this.pageSize;
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.page.get(this.index++);
		}

	}

}
