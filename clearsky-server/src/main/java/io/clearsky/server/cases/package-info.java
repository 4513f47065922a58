/**
 * Case linkage (串并案) and cases: reports that share an identifier are linked into clusters as they arrive, with the
 * guards against false merges (the allowlist, the hub degree, analysts' exclusions); a cluster whose losses pass its
 * filing threshold becomes FILEABLE and its jurisdiction's centre is told; an analyst promotes a cluster to a case,
 * which later linked reports join, with guarded status changes, notes, a timeline and referrals between
 * jurisdictions. The root package is the module's API.
 */
@NullMarked
package io.clearsky.server.cases;

import org.jspecify.annotations.NullMarked;
