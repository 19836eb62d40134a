return evaluate(new File(consumerScript))
