def judge(problem, residual, r2, rmse, rank):
    return None
