-- Prints one machine-readable line at the end of a wrk run, in the same form as
-- LoadGen.java, so benchmark.sh reads both load generators alike. wrk keeps every
-- latency in a histogram with a resolution of one microsecond, so the percentiles are
-- exact to the microsecond. Responses with a status of 400 or more count as errors.
done = function(summary, latency, requests)
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.status + e.timeout
   local seconds = summary.duration / 1e6
   local ok = summary.requests - e.status
   io.write(string.format(
      "RESULT requests=%d errors=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
      ok, errors, seconds, ok / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
