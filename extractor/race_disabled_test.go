//go:build !race

package extractor

// raceEnabled reports a build with -race, which slows the pipeline about
// ten times: the hostile and linear-cost tests scale their inputs down.
const raceEnabled = false
