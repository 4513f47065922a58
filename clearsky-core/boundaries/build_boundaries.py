#!/usr/bin/env python3
"""Builds clearsky-core's shipped boundary table from the map data of the Apache ECharts 4.9.0 npm package.

    npm pack echarts@4.9.0            # sha256 d2bdf8af1b218d3885a518072788a3b7f0c2d3f8925ec8585a36be5ee5add3f2
    python3 build_boundaries.py echarts-4.9.0.tgz \
        ../src/main/resources/io/clearsky/core/region/boundaries.tsv.gz

ECharts stores coordinates zig-zag encoded in units of 1/1024 degree (its parseGeoJson.js, decodePolygon); they are
decoded, simplified with Douglas-Peucker at TOLERANCE degrees per ring, and written one division per line:

    code <TAB> name <TAB> ring;ring;...    ring = x0,y0,dx1,dy1,...  (integers, 1/1024 degree, deltas after the first)

Deterministic: the same package gives the same bytes (gzip mtime 0).
"""
import gzip
import hashlib
import io
import json
import sys
import tarfile

TOLERANCE = 0.005  # degrees, about 500 m
SHA256 = "d2bdf8af1b218d3885a518072788a3b7f0c2d3f8925ec8585a36be5ee5add3f2"
MUNICIPALITIES = {"110000": "beijing", "120000": "tianjin", "310000": "shanghai", "500000": "chongqing"}
# the one feature the package names without a code: 崇明区 became a district in 2016 with GB/T 2260 code 310151
MISSING_IDS = {("shanghai", "崇明区"): "310151"}


def decode(ring, offset, scale=1024):
    px, py = offset
    out = []
    for i in range(0, len(ring), 2):
        x = ord(ring[i]) - 64
        y = ord(ring[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        px += x
        py += y
        out.append((px, py))
    return out


def simplify(points, tolerance):
    """Douglas-Peucker on integer points, tolerance in the points' units; keeps first and last."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if length > 0:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            else:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def features(data, province):
    for feature in data["features"]:
        code = feature.get("id") or MISSING_IDS[(province, feature["properties"]["name"])]
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            parts = [(geometry["coordinates"], geometry["encodeOffsets"])]
        else:
            parts = list(zip(geometry["coordinates"], geometry["encodeOffsets"]))
        rings = [decode(r, o) for rings, offsets in parts for r, o in zip(rings, offsets)]
        yield code, feature["properties"]["name"], rings


def main(package, target):
    raw = open(package, "rb").read()
    if hashlib.sha256(raw).hexdigest() != SHA256:
        sys.exit("not the echarts-4.9.0.tgz this table was built from")
    tar = tarfile.open(fileobj=io.BytesIO(raw))

    def load(name):
        return json.load(tar.extractfile("package/map/json/" + name))

    divisions = []
    for code, name, rings in features(load("china-cities.json"), "china"):
        if code in MUNICIPALITIES:
            # a municipality's districts are its county level; the package has them in its province file
            province = MUNICIPALITIES[code]
            divisions.extend(features(load("province/" + province + ".json"), province))
        else:
            divisions.append((code, name, rings))
    lines = []
    tolerance = TOLERANCE * 1024
    for code, name, rings in sorted(divisions):
        encoded = []
        for ring in rings:
            points = simplify(ring, tolerance)
            if len(points) < 4:
                continue
            values = [points[0][0], points[0][1]]
            for (x, y), (px, py) in zip(points[1:], points[:-1]):
                values += [x - px, y - py]
            encoded.append(",".join(map(str, values)))
        lines.append(code + "\t" + name + "\t" + ";".join(encoded))
    text = ("\n".join(lines) + "\n").encode("utf-8")
    with open(target, "wb") as out:
        out.write(gzip.compress(text, compresslevel=9, mtime=0))
    print(len(lines), "divisions,", sum(l.count(",") // 2 + l.count(";") + 1 for l in lines), "points")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
