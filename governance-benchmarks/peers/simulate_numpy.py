"""Peer of `governance simulate` for whole-command timings (issue 23): the same scenario, vectorised in NumPy.

The scenario is the one of

    java -jar governance-cli/target/governance.jar simulate \
        --frequency poisson:2 --magnitude lognormal90:10000,200000 --trials 10000000

one risk, a Poisson count of loss events at 2 a year, each event's loss lognormal with 90 % interval
(10,000, 200,000) (mu and sigma as Distribution.lognormal90 derives them), ten million simulated
years; it prints the mean, the standard deviation and the percentiles P50, P90, P95, P99 and P99.9
of the annual loss (NumPy's default percentile is Hyndman-Fan 7, as the library's). The random
streams differ (NumPy's PCG64 against the library's per-year SplitMix64), so the numbers agree
statistically, not digit for digit.

Run it beside the jar, alternating, one process at a time (NumPy 2.x):

    /usr/bin/time -f %e python3 governance-benchmarks/peers/simulate_numpy.py 10000000
"""
import math
import sys

import numpy as np

T = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
rng = np.random.default_rng(1)
lo, hi = 10000.0, 200000.0
mu = (math.log(lo) + math.log(hi)) / 2
sigma = (math.log(hi) - math.log(lo)) / (2 * 1.6448536269514722)
n = rng.poisson(2.0, T)
losses = rng.lognormal(mu, sigma, int(n.sum()))
year = np.repeat(np.arange(T), n)
annual = np.bincount(year, weights=losses, minlength=T)
p = np.percentile(annual, [50, 90, 95, 99, 99.9])
print(annual.mean(), annual.std(), *p)
