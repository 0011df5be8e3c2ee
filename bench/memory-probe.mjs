/**
 * Preloaded (`node --import`) into a process whose peak memory the memory suite records:
 * at exit it writes {maxRss, peakHeap, peakLive, peakExternal} (bytes) as JSON to
 * $IDIO_BENCH_MEMORY_OUT.
 *
 * Peak RSS is the kernel's high-water mark (`process.resourceUsage().maxRSS`). Peak heap and
 * external memory come from v8's GCProfiler: the heap is largest just before a collection,
 * so the largest `usedHeapSize` before any GC (or at exit) is the peak, without sampling
 * (a timer would not fire during seconds of synchronous emission). That peak includes garbage
 * not yet collected, so it moves with when the collector runs; the largest heap right after a
 * full collection (peakLive) is what was still reachable then, which copies show up in.
 */
import { writeFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";

const out = process.env.IDIO_BENCH_MEMORY_OUT;
if (out !== undefined) {
  const profiler = new GCProfiler();
  profiler.start();
  process.on("exit", () => {
    const now = getHeapStatistics();
    let peakHeap = now.used_heap_size;
    let peakExternal = now.external_memory ?? 0;
    let peakLive = 0;
    for (const gc of profiler.stop()?.statistics ?? []) {
      peakHeap = Math.max(peakHeap, gc.beforeGC.heapStatistics.usedHeapSize);
      peakExternal = Math.max(peakExternal, gc.beforeGC.heapStatistics.externalMemory);
      // Right after a full collection the heap holds only what is still reachable.
      if (gc.gcType === "MarkSweepCompact")
        peakLive = Math.max(peakLive, gc.afterGC.heapStatistics.usedHeapSize);
    }
    const maxRss = process.resourceUsage().maxRSS * 1024;
    writeFileSync(out, JSON.stringify({ maxRss, peakHeap, peakLive, peakExternal }));
  });
}
