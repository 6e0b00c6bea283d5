-- wrk script of PerformanceBenchmarkIT: the same requests against the service and against nginx.
-- args: a file of request lines ("path" or "path<TAB>If-None-Match value"), taken at random; and a
-- pause in milliseconds after each answer per connection (0: as fast as possible; >0 paces the load).
local paths, tags, pause = {}, {}, 0

function init(args)
  for line in io.lines(args[1]) do
    local path, tag = line:match("^([^\t]+)\t?(.*)$")
    paths[#paths + 1] = path
    tags[#tags + 1] = tag
  end
  pause = tonumber(args[2] or "0")
  math.randomseed(os.time())
end

function request()
  local i = math.random(#paths)
  if tags[i] ~= "" then
    return wrk.format("GET", paths[i], { ["If-None-Match"] = tags[i] })
  end
  return wrk.format("GET", paths[i])
end

function delay()
  return pause
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d bytes=%d socket_errors=%d status_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
