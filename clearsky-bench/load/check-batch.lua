-- ClearSky batch-check load: POST /api/v1/check with a JSON body of up to 1,000 identifiers.
--
--   wrk -t2 -c16 -d30s --latency -s check-batch.lua http://127.0.0.1:PORT -- BODIES_FILE API_KEY
--
-- BODIES_FILE holds one JSON request body per line, e.g. {"items":[{"value":"..."},...],"subscriber":"s-1"}.
-- CheckLoadDriver writes it. Requests are formatted once in init() and sent round-robin.

local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local requests = {}
local next_index = 1

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open the bodies file " .. tostring(args[1]))
  for body in file:lines() do
    if body ~= "" then
      local headers = { ["X-API-Key"] = args[2], ["Content-Type"] = "application/json" }
      requests[#requests + 1] = wrk.format("POST", "/api/v1/check", headers, body)
    end
  end
  file:close()
  assert(#requests > 0, "no bodies in " .. args[1])
  next_index = ((id or 0) * 7) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
