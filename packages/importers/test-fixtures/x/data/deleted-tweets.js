window.YTD.deleted_tweets.part0 = [
  {
    "tweet": {
      "id_str": "1300000000000000004",
      "created_at": "Tue Jul 02 21:30:00 +0000 2019",
      "full_text": "A tweet I deleted but that the archive kept",
      "deleted_at": "Wed Jul 03 07:00:00 +0000 2019",
      "entities": {
        "urls": []
      }
    }
  }
]