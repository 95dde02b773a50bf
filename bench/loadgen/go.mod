module accountability/bench/loadgen

go 1.22
