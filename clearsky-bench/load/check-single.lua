-- ClearSky single-check load: GET /api/v1/check with a partner's API key, one probe per request.
--
--   wrk -t2 -c64 -d30s --latency -s check-single.lua http://127.0.0.1:PORT -- PROBES_FILE API_KEY
--
-- PROBES_FILE holds one request path per line, already URL-encoded, for example
--   /api/v1/check?value=%2B86%20138%200013%208000&subscriber=s-42
-- CheckLoadDriver writes it. Every request is formatted once in init(), so the Lua side costs
-- wrk almost nothing per request; each thread starts at a different place in the list.

local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local requests = {}
local next_index = 1

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open the probes file " .. tostring(args[1]))
  local headers = { ["X-API-Key"] = args[2] }
  for path in file:lines() do
    if path ~= "" then
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  file:close()
  assert(#requests > 0, "no probes in " .. args[1])
  next_index = ((id or 0) * 7919) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
