window.YTD.tweets.part1 = [
  {
    "tweet": {
      "id_str": "1200000000000000003",
      "created_at": "Sat Jun 15 12:00:00 +0000 2019",
      "full_text": "A second file of tweets (tweets-part1.js)",
      "entities": {
        "urls": []
      }
    }
  }
]